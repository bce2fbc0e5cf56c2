// A small stand-in for GET /api/v1/script, for the e2e runs without a server (HRW_BASE_URL unset): enough for the
// script page to render. The script's own tests run against the real server.
const SECTIONS = {
  en: [
    ['opening', 'Opening', 'all', 'read-aloud', 2, 'Welcome, everyone.'],
    ['welcome-open', 'Welcome for open meetings', 'open', 'read-aloud', 3, 'This is an open meeting.'],
    ['welcome-focused', 'Welcome for focused meetings', 'focused', 'read-aloud', 3, 'This is a focused meeting.'],
    ['exercise-host-note', 'A note on the exercise', 'all', 'host-note', 0, 'Choose the exercise ahead of time.'],
    ['closing', 'Closing', 'all', 'read-aloud', 3, 'Thank you for coming.'],
  ],
  es: [
    ['opening', 'Apertura', 'all', 'read-aloud', 2, 'Bienvenidas, bienvenidos.'],
    ['welcome-open', 'Bienvenida para reuniones abiertas', 'open', 'read-aloud', 3, 'Esta es una reunión abierta.'],
    ['welcome-focused', 'Bienvenida para reuniones enfocadas', 'focused', 'read-aloud', 3, 'Esta es una reunión enfocada.'],
    ['exercise-host-note', 'Nota sobre la actividad', 'all', 'host-note', 0, 'Elige la actividad con tiempo.'],
    ['closing', 'Cierre', 'all', 'read-aloud', 3, 'Gracias por venir.'],
  ],
};

export function scriptDocument(lang, meeting) {
  const all = SECTIONS[lang].map(([key, title, audience, kind, minutes, body]) => ({
    key,
    title,
    audience,
    kind,
    minutes,
    body,
    html: `<p>${body}</p>\n`,
  }));
  const total = (type) =>
    all.filter((s) => s.audience === 'all' || s.audience === type).reduce((sum, s) => sum + s.minutes, 0);
  const included = meeting ? all.filter((s) => s.audience === 'all' || s.audience === meeting) : all;
  return {
    version: 1,
    status: 'published',
    publishedAt: '2026-11-27T00:00:00Z',
    summary: 'A stand-in script for tests.',
    language: lang,
    ...(meeting ? { meeting } : {}),
    minutes: { open: total('open'), focused: total('focused') },
    sections: included,
  };
}
