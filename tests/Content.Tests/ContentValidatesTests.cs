namespace HelpBot.Content.Tests;

public sealed class ContentValidatesTests
{
    [Fact]
    public void The_live_content_folder_has_no_errors()
    {
        Assert.True(!LiveContent.Report.HasErrors, string.Join('\n', LiveContent.Report.Errors));
    }
}
