// Browser (desktop) notifications for staff. Shown only while the app's tab is hidden: a visible tab has its toast.
export function permission() {
  return "Notification" in window ? Notification.permission : "unsupported";
}

export async function request() {
  return "Notification" in window ? await Notification.requestPermission() : "unsupported";
}

export function show(title, body, url) {
  if (!("Notification" in window) || Notification.permission !== "granted" || document.visibilityState === "visible") {
    return;
  }
  const n = new Notification(title, { body, tag: url || title });
  n.onclick = () => {
    window.focus();
    if (url) {
      Blazor.navigateTo(url);
    }
    n.close();
  };
}
