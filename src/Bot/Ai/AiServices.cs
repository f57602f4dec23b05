namespace HelpBot.Bot.Ai;

public static class AiServices
{
    /// <summary>
    /// Generative answers: with <c>Ai:Provider</c> none (the default) a composer that sends nothing
    /// anywhere; otherwise the Semantic Kernel composer. A setting that cannot work fails the start.
    /// </summary>
    public static IServiceCollection AddGenerativeAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AiOptions.From(configuration);
        services.AddSingleton(options);
        if (!options.Enabled)
        {
            services.AddSingleton<IAnswerComposer, NoAnswerComposer>();
            return services;
        }
        services.AddSingleton(_ => new KernelFactory(options));
        services.AddSingleton<IAnswerComposer, KernelAnswerComposer>();
        return services;
    }
}
