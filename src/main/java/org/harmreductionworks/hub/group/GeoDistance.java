package org.harmreductionworks.hub.group;

/** Great-circle distances and the bounding box that pre-selects candidates from the index. */
final class GeoDistance {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    private GeoDistance() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A box that contains every point within radiusKm (plus a margin), clamped at the poles. */
    record Box(double minLat, double maxLat, double minLon, double maxLon) {

        static Box around(double lat, double lon, double radiusKm, double marginDegrees) {
            double dLat = radiusKm / KM_PER_DEGREE_LATITUDE + marginDegrees;
            double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
            double dLon = Math.min(180, radiusKm / (KM_PER_DEGREE_LATITUDE * Math.max(cos, 0.01)) + marginDegrees);
            return new Box(Math.max(-90, lat - dLat), Math.min(90, lat + dLat), lon - dLon, lon + dLon);
        }

        /** Whether the box crosses the antimeridian, so its longitude range must be read as two ranges. */
        boolean wrapsLongitude() {
            return minLon < -180 || maxLon > 180;
        }
    }
}
