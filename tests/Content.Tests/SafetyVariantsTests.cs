using HelpBot.Knowledge.Text;

namespace HelpBot.Content.Tests;

/// <summary>
/// Distress messages written the way residents write them (casual, broken, hiragana, no particles,
/// other languages) that are NOT copied from safety.yaml: the rules must generalise to them.
/// If one fails, the phrases in content/safety.yaml need widening — not this list.
/// </summary>
public sealed class SafetyVariantsTests
{
    [Theory]
    // ja
    [InlineData("おばあちゃんが息してないみたい！どうしよう", "not-breathing")]
    [InlineData("父が倒れてて呼んでも返事しない", "not-breathing")]
    [InlineData("母がトイレで倒れてる 意識ないかも", "not-breathing")]
    [InlineData("じいちゃんが餅のどにつまらせた", "choking")]
    [InlineData("しにたい もうやだ", "suicidal")]
    [InlineData("生きてる意味ないし消えたい", "suicidal")]
    [InlineData("もう無理。全部終わりにしたい", "suicidal")]
    [InlineData("遺書かいた", "suicidal")]
    [InlineData("薬いっぱい飲んじゃった", "suicide-attempt")]
    [InlineData("リスカしたら血とまんない", "suicide-attempt")]
    [InlineData("隣の家で子供がずっと叩かれてる音がする", "child-abuse")]
    [InlineData("夫に殴られて家から逃げてきました", "violence-dv")]
    [InlineData("このままだと殺される", "violence-dv")]
    [InlineData("認知症の父が朝から帰ってこない", "dementia-missing")]
    [InlineData("母が徘徊していなくなった", "dementia-missing")]
    [InlineData("祖母が暑さでぐったりしてて熱中症っぽい", "heatstroke")]
    [InlineData("赤ちゃんが高熱でけいれんしてる", "infant-emergency")]
    [InlineData("台所から火が出てる！", "fire-gas")]
    [InlineData("部屋がガスくさい", "fire-gas")]
    [InlineData("父がろれつが回らなくて顔がゆがんでる", "chest-pain-stroke")]
    [InlineData("転んで頭から血が出てて止まらない", "bleeding-injury")]
    [InlineData("施設で母が職員に叩かれているのを見た", "elder-abuse")]
    // easy_ja
    [InlineData("たすけて おかあさんが いきを して いません", "not-breathing")]
    [InlineData("わたしは しにたいです", "suicidal")]
    // en
    [InlineData("my dad collapsed and he's not breathing", "not-breathing")]
    [InlineData("I just want to die", "suicidal")]
    [InlineData("i'm going to kill myself tonight", "suicidal")]
    [InlineData("My grandma with dementia went missing this morning", "dementia-missing")]
    [InlineData("my husband is beating me, please help", "violence-dv")]
    [InlineData("the baby is not breathing!!", "infant-emergency")]
    [InlineData("I took a whole bottle of sleeping pills", "suicide-attempt")]
    // zh (simplified and traditional)
    [InlineData("我不想活了", "suicidal")]
    [InlineData("我妈妈晕倒了，没有呼吸", "not-breathing")]
    [InlineData("老公打我，我好害怕他会杀了我", "violence-dv")]
    [InlineData("奶奶走丢了，找不到她", "dementia-missing")]
    [InlineData("我真的好想死", "suicidal")]
    [InlineData("廚房著火了", "fire-gas")]
    // vi (with and without diacritics)
    [InlineData("tôi không muốn sống nữa", "suicidal")]
    [InlineData("bà tôi ngã xuống và không thở", "not-breathing")]
    [InlineData("chong toi danh toi", "violence-dv")]
    [InlineData("em muon chet", "suicidal")]
    [InlineData("con tôi bị sốt cao co giật", "infant-emergency")]
    // ko
    [InlineData("죽고 싶어요", "suicidal")]
    [InlineData("할머니가 쓰러져서 숨을 안 쉬어요", "not-breathing")]
    [InlineData("남편이 때려요 무서워요", "violence-dv")]
    [InlineData("너무 힘들어서 사라지고 싶다", "suicidal")]
    [InlineData("아기가 숨을 안쉬어", "infant-emergency")]
    [InlineData("치매 아버지가 집에 안 돌아와요", "dementia-missing")]
    public void A_distress_message_not_in_the_file_fires_the_expected_rule(string text, string rule)
    {
        var written = LiveContent.Content.Safety.SelectMany(r => r.Phrases.Values.SelectMany(p => p)).Select(TextNormalizer.Normalize).ToHashSet();
        Assert.False(written.Contains(TextNormalizer.Normalize(text)), $"「{text}」 is copied from safety.yaml; a variant must be new wording");
        var matches = LiveSafety.Detector.Detect(text);
        Assert.True(matches.Any(m => m.Rule.Id == rule),
            $"「{text}」 should fire '{rule}' but fired [{string.Join(", ", matches.Select(m => $"{m.Rule.Id}:{m.Matched}"))}]");
    }
}
