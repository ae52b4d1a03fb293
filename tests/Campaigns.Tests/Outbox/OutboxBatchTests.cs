using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;

namespace Campaigns.Tests.Outbox;

public class OutboxBatchTests
{
    [Fact]
    public async Task The_sends_of_a_batch_share_one_read_of_what_they_need()
    {
        var batch = TwoMessages();
        var reads = 0;
        var release = new TaskCompletionSource();
        Func<Task<string>> read = async () =>
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            return "signers";
        };

        var sends = Enumerable.Range(0, 4).Select(_ => batch.ReadOnceAsync("a", read)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(sends), result => Assert.Equal("signers", result));
        Assert.Equal(1, reads);
        Assert.Equal([1L, 2L], batch.OfKind("a").Select(m => m.Id));
    }

    [Fact]
    public async Task A_failed_read_fails_only_the_sends_waiting_for_it_and_the_next_send_reads_again()
    {
        var batch = TwoMessages();
        var reads = 0;
        Func<Task<string>> read = () => ++reads == 1
            ? Task.FromException<string>(new TimeoutException("the database did not answer"))
            : Task.FromResult("signers");

        await Assert.ThrowsAsync<TimeoutException>(() => batch.ReadOnceAsync("a", read));

        Assert.Equal("signers", await batch.ReadOnceAsync("a", read));
        Assert.Equal(2, reads);
    }

    private static OutboxBatch TwoMessages() => new([new OutboxMessage { Id = 1, Kind = "a" }, new OutboxMessage { Id = 2, Kind = "a" }]);
}
