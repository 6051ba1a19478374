/**
 * The zone every date of the procedure is counted in: ISA's notices, the legal deadlines and the
 * holiday calendar are Japan's, wherever the server or the caseworker happens to be.
 */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';
