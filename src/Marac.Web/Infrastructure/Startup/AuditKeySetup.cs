using System.Security.Cryptography;
using System.Text.Json;
using Azure.Identity;
using Azure.Storage.Blobs;
using Marac.Data.Auditing;
using Microsoft.Data.Sqlite;

namespace Marac.Web.Infrastructure.Startup;

/// <summary>
/// The keys that sign the audit trail, never in the database: <c>Audit:Keys:{id}</c> (base64, at least 32 bytes;
/// from Azure Key Vault through configuration in production) with <c>Audit:CurrentKeyId</c>; or a key file
/// (<c>Audit:KeyFile</c>, and in Development by default a file beside the SQLite database, made on first use).
/// </summary>
public static class AuditKeySetup
{
    public static WebApplicationBuilder AddAuditKeys(this WebApplicationBuilder builder)
    {
        var keys = Load(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(AnchorStore(builder.Configuration, builder.Environment));
        builder.Services.AddHostedService<Marac.Web.Features.Governance.Audit.AnchorJob>();
        return builder;
    }

    /// <summary>
    /// Where the signed chain heads go: an Azure Storage container (<c>Audit:AnchorBlob:ContainerUri</c>, reached with
    /// the app's managed identity; or <c>Audit:AnchorBlob:ConnectionString</c> and <c>Audit:AnchorBlob:Container</c>),
    /// else a folder.
    /// </summary>
    private static IAuditAnchorStore AnchorStore(IConfiguration configuration, IHostEnvironment environment)
    {
        var blob = configuration.GetSection("Audit:AnchorBlob");
        if (blob["ContainerUri"] is { Length: > 0 } uri)
        {
            return new BlobAnchorStore(new BlobContainerClient(new Uri(uri), new DefaultAzureCredential()));
        }
        if (blob["ConnectionString"] is { Length: > 0 } connection)
        {
            return new BlobAnchorStore(new BlobContainerClient(connection, blob["Container"] ?? "audit-anchors"));
        }
        return new FolderAnchorStore(AnchorFolder(configuration, environment));
    }

    /// <summary>
    /// The folder of signed chain heads (<c>Audit:AnchorFolder</c>; in Development beside the SQLite database). In
    /// production it should be storage the app can add to but not change (an append-only share).
    /// </summary>
    private static string AnchorFolder(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["Audit:AnchorFolder"] ?? (environment.IsDevelopment()
            ? BesideDatabase(configuration, environment, "audit-anchors")
            : throw new InvalidOperationException("Audit:AnchorBlob:ContainerUri or Audit:AnchorFolder must be set outside Development (see README.md, 'Audit keys')."));

    public static AuditKeys Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetSection("Audit:Keys").GetChildren().ToDictionary(k => k.Key, k => Decode(k.Key, k.Value));
        if (configured.Count > 0)
        {
            var current = configuration["Audit:CurrentKeyId"] ?? (configured.Count == 1 ? configured.Keys.Single()
                : throw new InvalidOperationException("Audit:CurrentKeyId must name one of the Audit:Keys when there are several."));
            return new AuditKeys(current, configured);
        }
        var file = configuration["Audit:KeyFile"] ?? (environment.IsDevelopment() ? BesideDatabase(configuration, environment, "audit-keys.json") : null);
        return file is null
            ? throw new InvalidOperationException("Audit:Keys must be set outside Development (see README.md, 'Audit keys').")
            : FromFile(file);
    }

    private static byte[] Decode(string id, string? value)
    {
        try
        {
            return Convert.FromBase64String(value ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Audit:Keys:{id} must be base64.");
        }
    }

    /// <summary>A file or folder named after the SQLite database, beside it: <c>marac.db</c> gives <c>marac.{suffix}</c>.</summary>
    private static string BesideDatabase(IConfiguration configuration, IHostEnvironment environment, string suffix)
    {
        var connection = configuration.GetConnectionString("Marac");
        var database = string.IsNullOrWhiteSpace(connection) ? null : new SqliteConnectionStringBuilder(connection).DataSource;
        return string.IsNullOrWhiteSpace(database) || database == ":memory:"
            ? Path.Combine(environment.ContentRootPath, "App_Data", "marac." + suffix)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, Path.GetFileNameWithoutExtension(database) + "." + suffix);
    }

    private sealed record KeyFile(string CurrentKeyId, Dictionary<string, string> Keys);

    private static AuditKeys FromFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var id = $"dev-{DateTime.UtcNow:yyyyMMddHHmmss}";
            var made = new KeyFile(id, new() { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(AuditKeys.MinimumKeyBytes)) });
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(stream, made);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: use theirs.
            }
        }
        var read = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
            ?? throw new InvalidOperationException("The audit key file is empty.");
        return new AuditKeys(read.CurrentKeyId, read.Keys.ToDictionary(k => k.Key, k => Decode(k.Key, k.Value)));
    }
}
