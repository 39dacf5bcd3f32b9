using System.Globalization;
using ComplaintMonitor.Bench;

// The project's measurements, printed as Markdown tables (README figures come from here, never typed by hand).
//   dotnet run -c Release --project ComplaintMonitor.Bench -- jobs [--sizes 10000,100000,1000000]
//   dotnet run -c Release --project ComplaintMonitor.Bench -- pages [--sizes …]
//   dotnet run -c Release --project ComplaintMonitor.Bench -- export --sizes 100000
//   dotnet run -c Release --project ComplaintMonitor.Bench -- drilldown [--sizes …]
//   dotnet run -c Release --project ComplaintMonitor.Bench -- wall [--sizes …]
//   dotnet run -c Release --project ComplaintMonitor.Bench -- click [--sizes …]
//   dotnet run -c Release --project ComplaintMonitor.Bench -- realtime [--pages 1,20,100] [--actions 20]
// Databases are seeded once by the project's own demo seeder into bench-data/ and copied for each run.
var sizes = args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault()?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList()
    ?? [10_000, 100_000, 1_000_000];
switch (args.FirstOrDefault())
{
    case "jobs":
        await JobsBench.RunAsync(sizes, Console.Out);
        return 0;
    case "pages":
        await PagesBench.RunAsync(sizes, Console.Out);
        return 0;
    case "export":
        await ExportBench.RunAsync(sizes, Console.Out);
        return 0;
    case "drilldown":
        await DrilldownBench.RunAsync(sizes, Console.Out);
        return 0;
    case "wall":
        await WallBench.RunAsync(sizes, Console.Out);
        return 0;
    case "click":
        await ClickBench.RunAsync(sizes, Console.Out);
        return 0;
    case "realtime":
        return await RealtimeBench.RunAsync(args, Console.Out);
    default:
        Console.Error.WriteLine("usage: bench jobs|pages|export|drilldown|wall|click [--sizes 10000,100000,1000000] | bench realtime [--pages 1,20,100] [--actions 20]");
        return 2;
}
