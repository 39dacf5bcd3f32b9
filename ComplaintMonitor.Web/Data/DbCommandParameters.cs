using System.Data.Common;

namespace ComplaintMonitor.Web.Data;

/// <summary>The one way the plain-SQL readers and writers give a command its parameters.</summary>
public static class DbCommandParameters
{
    /// <summary>Adds a parameter named <paramref name="name"/> (a null value is sent as SQL NULL) and returns it, for statements that set it again per row.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }
}
