using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ComplaintMonitor.Bench;

/// <summary>
/// The browser's floor for <c>bench realtime</c>: a plain page (<c>/bench/bare</c>) with the dashboard's five counter
/// tiles and one raw WebSocket, whose script sets the first counter's text to each message it receives. Sending one
/// message to N such pages measures what N Chromium pages on this machine cost for any push that changes a number —
/// no Blazor, no SignalR, no database — beside the same change through the real dashboards.
/// </summary>
public sealed class BareSockets : IStartupFilter
{
    public const string PagePath = "/bench/bare";
    private const string SocketPath = "/bench/bare/ws";

    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    // The same tiles, classes and test id as the home page's counters, so the same MutationObserver stamps the change.
    private const string Page = """
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench bare</title>
        <link rel="stylesheet" href="/_content/MudBlazor/MudBlazor.min.css"></head>
        <body class="mud-typography"><div class="mud-grid mud-grid-spacing-xs-3 justify-start">
        <div class="mud-grid-item mud-grid-item-lg-2"><div class="mud-paper mud-paper-outlined pa-4"><span>今日登记</span><h3 data-testid="counter-RegisteredToday-value" class="mud-typography mud-typography-h3">0</h3></div></div>
        <div class="mud-grid-item mud-grid-item-lg-2"><div class="mud-paper mud-paper-outlined pa-4"><span>在办</span><h3 class="mud-typography mud-typography-h3">120</h3></div></div>
        <div class="mud-grid-item mud-grid-item-lg-2"><div class="mud-paper mud-paper-outlined pa-4"><span>黄灯</span><h3 class="mud-typography mud-typography-h3">7</h3></div></div>
        <div class="mud-grid-item mud-grid-item-lg-2"><div class="mud-paper mud-paper-outlined pa-4"><span>红灯</span><h3 class="mud-typography mud-typography-h3">3</h3></div></div>
        <div class="mud-grid-item mud-grid-item-lg-2"><div class="mud-paper mud-paper-outlined pa-4"><span>今日办结</span><h3 class="mud-typography mud-typography-h3">12</h3></div></div>
        </div><span data-testid="interactive" aria-hidden="true"></span>
        <script>
          const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/bench/bare/ws');
          ws.onopen = () => document.querySelector('[data-testid=interactive]').textContent = 'interactive';
          ws.onmessage = e => document.querySelector('[data-testid=counter-RegisteredToday-value]').textContent = e.data;
        </script></body></html>
        """;

    public int Count => _sockets.Count;

    /// <summary>Sends <paramref name="text"/> to every open page; returns the epoch ms just before the first send.</summary>
    public async Task<double> SendAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = EpochMs.Now();
        await Task.WhenAll(_sockets.Keys.Select(s => s.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None)));
        return at;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWebSockets();
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path == PagePath)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Page);
            }
            else if (context.Request.Path == SocketPath && context.WebSockets.IsWebSocketRequest)
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                _sockets[socket] = 0;
                try
                {
                    var buffer = new byte[64];
                    while (socket.State == WebSocketState.Open && !(await socket.ReceiveAsync(buffer, context.RequestAborted)).CloseStatus.HasValue)
                    {
                    }
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                    // the page went away
                }
                finally
                {
                    _sockets.TryRemove(socket, out _);
                }
            }
            else
            {
                await nextMiddleware(context);
            }
        });
        next(app);
    };
}
