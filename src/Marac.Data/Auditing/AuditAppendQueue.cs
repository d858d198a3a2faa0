using System.Collections.Concurrent;
using Marac.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Data.Auditing;

/// <summary>
/// Appends the audit events of reads (views, exports, refusals), grouping the appends of concurrent requests
/// into one commit. The caller's task completes only when its own events are committed, so no page is shown
/// whose disclosure is not durable; but a read never waits on the write gate while it reads, only for one short
/// write shared with whoever else is waiting.
/// </summary>
public sealed class AuditAppendQueue(IServiceScopeFactory scopes)
{
    /// <summary>Enough to empty the queue of 50 concurrent page views in one commit; bounded so one commit stays short.</summary>
    private const int MostEventsPerCommit = 1000;

    private readonly ConcurrentQueue<Batch> _waiting = new();
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task AppendAsync(IReadOnlyList<AuditEvent> events)
    {
        var batch = new Batch(events);
        _waiting.Enqueue(batch);
        while (!batch.Committed.Task.IsCompleted)
        {
            await _writer.WaitAsync();
            try
            {
                // Whoever holds the gate writes everything queued so far, ours included unless it came after a full commit.
                if (!batch.Committed.Task.IsCompleted)
                {
                    await CommitWaitingAsync();
                }
            }
            finally
            {
                _writer.Release();
            }
        }
        await batch.Committed.Task;
    }

    private async Task CommitWaitingAsync()
    {
        var batches = new List<Batch>();
        var count = 0;
        while (count < MostEventsPerCommit && _waiting.TryDequeue(out var next))
        {
            batches.Add(next);
            count += next.Events.Count;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MaracDbContext>();
            await db.AppendQueuedAuditAsync(batches.SelectMany(b => b.Events));
            batches.ForEach(b => b.Committed.SetResult());
        }
        catch (Exception failure)
        {
            batches.ForEach(b => b.Committed.SetException(failure));
        }
    }

    private sealed record Batch(IReadOnlyList<AuditEvent> Events)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
