// Collocated with MainLayout.razor; imported on the first theme toggle.
// The theme cookie is a plain cookie so that the server can prerender the remembered theme (see ThemePreference.cs).
export function rememberTheme(cookieAssignment) {
    document.cookie = cookieAssignment;
}
