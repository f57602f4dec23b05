using HelpBot.Knowledge.Privacy;

namespace HelpBot.Knowledge.Tests.Privacy;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("電話は090-1234-5678です", "電話は［電話番号］です")]
    [InlineData("自宅 044(744)3113 まで", "自宅 ［電話番号］ まで")]
    [InlineData("携帯09012345678", "携帯［電話番号］")]
    [InlineData("+81 90-1234-5678", "［電話番号］")]
    [InlineData("マイナンバーは1234 5678 9012", "マイナンバーは［番号］")]
    [InlineData("番号123456789012", "番号［番号］")]
    [InlineData("mail: taro.yamada@example.jp", "mail: ［メール］")]
    [InlineData("〒211-8570 川崎市中原区小杉町3-245", "［郵便番号］ 川崎市中原区小杉町［番地］")]
    [InlineData("栗平2丁目1-6に住んでます", "栗平［番地］に住んでます")]
    [InlineData("宮本町1番地の2", "宮本町［番地］")]
    public void Numbers_and_addresses_are_masked(string text, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(text));
    }

    [Theory]
    [InlineData("私は山田花子です。母のことで", "私は［名前］です。母のことで")]
    [InlineData("名前は佐藤と申します", "名前は［名前］と申します")]
    [InlineData("隣の鈴木さんが心配", "隣の［名前］さんが心配")]
    [InlineData("担当の田中様に", "担当の［名前］様に")]
    [InlineData("My name is John Smith and", "My name is ［名前］ and")]
    public void Names_the_resident_typed_are_masked(string text, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(text));
    }

    [Theory]
    [InlineData("お母さんが心配です")]
    [InlineData("おばあちゃんの介護")]
    [InlineData("母さんと父さん")]
    [InlineData("隣の奥さんに言われた")]
    [InlineData("ケアマネさんを探したい")]
    [InlineData("65歳の父が2025年に倒れた")]
    [InlineData("#7119 に電話したほうがいい？")]
    [InlineData("中原区に住んでいます")]
    public void Ordinary_words_are_left_alone(string text)
    {
        Assert.Equal(text, Redactor.Redact(text));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", Redactor.Redact(null));
        Assert.Equal("", Redactor.Redact(""));
    }
}
