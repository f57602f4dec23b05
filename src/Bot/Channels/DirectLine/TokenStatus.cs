namespace HelpBot.Bot.Channels.DirectLine;

public enum TokenStatus
{
    Valid,
    /// <summary>Genuine but past its expiry: 403 TokenExpired, the client may get a new one.</summary>
    Expired,
    /// <summary>Not one of ours (forged, altered, from another installation, or long dead).</summary>
    Invalid,
}
