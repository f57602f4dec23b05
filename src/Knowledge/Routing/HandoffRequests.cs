using HelpBot.Knowledge.Text;

namespace HelpBot.Knowledge.Routing;

/// <summary>Phrasings of "I want to talk to a person", in HelpBot's languages.</summary>
public static class HandoffRequests
{
    private static readonly string[] All =
    [
        // ja
        "人と話したい", "人と話をしたい", "人と話せ", "人間と話", "人に相談したい", "人に代わ", "人につない", "人に変わ",
        "職員と話", "職員さんと話", "職員の方と話", "担当者と話", "担当の方と話", "担当者につない", "担当者に代わ", "担当の人",
        "相談員と話", "相談員につない", "相談員さん", "窓口の人と", "直接話したい", "直接相談したい", "直接話を",
        "電話で相談したい", "電話で話したい", "電話で話を", "電話で聞きたい", "電話をしたい", "電話してほしい", "折り返し電話",
        "オペレーター", "生身の人", "本物の人", "誰か人と", "誰か人に", "だれか人と", "スタッフと話", "専門の人と話", "専門家と話",
        "ひとと はなしたい", "ひととはなしたい", "ひとと話したい", "人とはなしたい", "にんげんと", "でんわで そうだん", "でんわでそうだん",
        "ロボットじゃなく", "ボットじゃなく", "機械じゃなく", "aiじゃなく", "aiではなく", "ちゃんとした人", "人間の方", "人間の人", "人間いますか", "人間はいますか",
        "話を聞いてほしい", "話をきいてほしい", "はなしをきいてほしい", "誰かに聞いてほしい", "だれかに聞いてほしい", "直接聞きたい", "直接きき", "直接相談",
        // en
        "talk to a human", "talk to a person", "talk to someone", "talk with someone", "talk to a real", "speak to a human",
        "speak to a person", "speak to someone", "speak with someone", "speak with a person", "speak to staff", "talk to staff",
        "human agent", "real person", "live agent", "an operator", "connect me to", "call me back", "someone to talk to",
        // zh
        "人工客服", "转人工", "轉人工", "找真人", "真人", "工作人员", "工作人員", "想和人说话", "想跟人说话", "和人聊", "跟人聊", "打电话咨询", "打電話諮詢", "找个人聊", "找人聊", "找個人聊", "找个人说", "找人说话", "找人說話",
        // vi
        "nói chuyện với người", "nói chuyện với nhân viên", "gặp nhân viên", "nhân viên tư vấn", "người thật", "gọi điện tư vấn",
        // ko
        "상담원", "사람과 이야기", "사람이랑 이야기", "사람하고 이야기", "사람과 얘기", "사람이랑 얘기", "직원과 이야기", "직원이랑", "직원 연결", "전화로 상담", "사람이랑 직접", "사람과 직접", "직접 상담", "직접 이야기",
    ];

    // After All: static fields initialise in order.
    private static readonly Gazetteer<string> Phrases = Build();

    public static bool IsRequest(string? text) => Find(text) is not null;

    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = LatinFolding.Fold(TextNormalizer.Normalize(text));
        return Phrases.FindAll(normalized).FirstOrDefault()?.Values[0];
    }

    /// <summary>The text without its requests for a person, so the request itself does not pick a topic.</summary>
    public static string Remove(string text)
    {
        var normalized = LatinFolding.Fold(TextNormalizer.Normalize(text));
        var matches = Phrases.FindAll(normalized);
        if (matches.Count == 0) return text;
        var sb = new System.Text.StringBuilder(normalized);
        foreach (var m in matches)
            for (var i = m.Start; i < m.Start + m.Length; i++) sb[i] = ' ';
        return sb.ToString();
    }

    private static Gazetteer<string> Build()
    {
        var g = new Gazetteer<string>();
        foreach (var phrase in All) g.Add(LatinFolding.Fold(TextNormalizer.Normalize(phrase)), phrase);
        return g;
    }
}
