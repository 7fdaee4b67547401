using System;
using System.Collections.Generic;
using EtProtocolGen.Transport.Server;
using EtProtocolGen.Transport.Server.Memory;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>The global budget for incomplete frames: charged in pool blocks, the oldest holders evicted past it.</summary>
    public sealed class PartialFrameBudgetTests
    {
        private const int Block = PartialFrameBudget.BlockSize;

        [Fact]
        public void Bytes_are_charged_in_whole_pool_blocks()
        {
            PartialFrameBudget budget = Create(blocks: 16);
            using PartialFrameHolder holder = budget.Register(() => { });

            holder.Update(1, newFrame: false);
            long one = budget.ChargedBytes;
            holder.Update(Block, newFrame: false);
            long stillOne = budget.ChargedBytes;
            holder.Update(Block + 1, newFrame: false);
            long two = budget.ChargedBytes;
            holder.Update(0, newFrame: true);

            Assert.Equal((Block, Block, 2 * Block), (one, stillOne, two));
            Assert.Equal(0, budget.ChargedBytes);
            Assert.Equal(0, budget.Holders);
        }

        [Fact]
        public void Holders_fill_the_budget_and_the_one_past_it_evicts_the_oldest()
        {
            PartialFrameBudget budget = Create(blocks: 3);
            var evicted = new List<string>();
            PartialFrameHolder first = budget.Register(() => evicted.Add("first"));
            PartialFrameHolder second = budget.Register(() => evicted.Add("second"));
            PartialFrameHolder third = budget.Register(() => evicted.Add("third"));
            PartialFrameHolder fourth = budget.Register(() => evicted.Add("fourth"));

            first.Update(Block, newFrame: false);
            second.Update(Block, newFrame: false);    // budget - 1 block
            third.Update(Block, newFrame: false);     // exactly the budget
            Assert.Empty(evicted);

            fourth.Update(1, newFrame: false);        // one block over

            Assert.Equal(new[] { "first" }, evicted);
            Assert.Equal(3 * Block, budget.ChargedBytes);
            Assert.Equal(3, budget.Holders);

            // An evicted holder is out of the line for good: what its closing loop still reports is ignored.
            first.Update(10 * Block, newFrame: true);
            Assert.Equal(3 * Block, budget.ChargedBytes);
            foreach (PartialFrameHolder holder in new[] { first, second, third, fourth })
            {
                holder.Dispose();
            }

            Assert.Equal(0, budget.ChargedBytes);
        }

        [Fact]
        public void A_holder_that_completed_a_frame_and_started_another_goes_to_the_back_of_the_line()
        {
            PartialFrameBudget budget = Create(blocks: 2);
            var evicted = new List<string>();
            using PartialFrameHolder busy = budget.Register(() => evicted.Add("busy"));
            using PartialFrameHolder stuck = budget.Register(() => evicted.Add("stuck"));
            using PartialFrameHolder late = budget.Register(() => evicted.Add("late"));

            busy.Update(100, newFrame: false);
            stuck.Update(100, newFrame: false);
            busy.Update(200, newFrame: true);     // a new frame: busy is now younger than stuck
            busy.Update(300, newFrame: false);    // the same frame growing keeps its place
            late.Update(100, newFrame: false);

            Assert.Equal(new[] { "stuck" }, evicted);
        }

        [Fact]
        public void One_holder_larger_than_what_is_left_evicts_as_many_older_holders_as_it_takes()
        {
            PartialFrameBudget budget = Create(blocks: 4);
            var evicted = new List<int>();
            var holders = new List<PartialFrameHolder>();
            for (int i = 0; i < 4; i++)
            {
                int index = i;
                PartialFrameHolder holder = budget.Register(() => evicted.Add(index));
                holder.Update(Block, newFrame: false);
                holders.Add(holder);
            }

            using PartialFrameHolder big = budget.Register(() => evicted.Add(99));
            big.Update(3 * Block, newFrame: false);

            Assert.Equal(new[] { 0, 1, 2 }, evicted);
            Assert.Equal(4 * Block, budget.ChargedBytes);
            holders.ForEach(static holder => holder.Dispose());
        }

        private static PartialFrameBudget Create(int blocks)
        {
            var options = new ProtocolServerOptions { MaxFrameSize = 1024, MaxPartialFrameBytes = blocks * (long)Block };
            return new PartialFrameBudget(Options.Create(options));
        }
    }
}
