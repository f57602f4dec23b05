using HelpBot.Knowledge.Text;

namespace HelpBot.Bot.Dialogs;

/// <summary>The few words the dialog treats as commands or answers rather than as a worry.</summary>
public static class Commands
{
    private static readonly HashSet<string> Restart = Set("最初から", "はじめから", "最初からやり直す", "最初に戻る", "リセット", "やり直し", "start over", "restart", "从头开始", "bắt đầu lại", "처음부터");
    private static readonly HashSet<string> Delete = Set("履歴を消して", "履歴を消してください", "履歴を削除", "履歴を削除して", "会話を消して", "記録を消して", "りれきをけして", "delete my history", "删除记录", "xóa lịch sử", "기록 삭제");
    private static readonly HashSet<string> Yes = Set("はい", "うん", "ええ", "はい、お願いします", "お願いします", "おねがいします", "読んでいい", "いいよ", "yes", "ok", "okay", "sure", "是", "好", "có", "vâng", "네", "예");
    private static readonly HashSet<string> No = Set("いいえ", "いや", "ううん", "いらない", "結構です", "けっこうです", "だめ", "no", "no thanks", "不要", "不是", "không", "아니요", "아니오");
    private static readonly HashSet<string> DontKnow = Set("わからない", "分からない", "わかりません", "分かりません", "不明", "don't know", "i don't know", "不知道", "không biết", "모르겠어요");

    public static bool IsRestart(string text) => Restart.Contains(Key(text));
    public static bool IsDelete(string text) => Delete.Contains(Key(text));
    public static bool IsYes(string text) => Yes.Contains(Key(text));
    public static bool IsNo(string text) => No.Contains(Key(text));
    public static bool IsDontKnow(string text) => DontKnow.Contains(Key(text));

    private static string Key(string text) => TextNormalizer.Normalize(text).TrimEnd('。', '.', '!', '！', '?', '？');

    private static HashSet<string> Set(params string[] words) => new(words.Select(Key), StringComparer.Ordinal);
}
