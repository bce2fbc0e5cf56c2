import { msg } from '@lit/localize';

/** The viewer's position, asked of the browser for one search; the app keeps it nowhere. */
export interface Position {
  lat: number;
  lon: number;
}

/** Why the position did not come, in words for the person; they can always type a town instead. */
export class LocateError extends Error {}

export function locateViewer(geolocation: Geolocation | undefined = navigator.geolocation): Promise<Position> {
  if (!geolocation) {
    return Promise.reject(new LocateError(msg('This browser cannot share a location. Type a town or ZIP code instead.')));
  }
  return new Promise((resolve, reject) => {
    geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
      () => reject(new LocateError(msg('We could not get your location. That is fine: type a town or ZIP code instead.'))),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  });
}
