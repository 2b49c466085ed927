/** A short PR/FAQ for the end-to-end tests: complete enough to review and decide on. */
export const draft = `# Tidewater Lets Harbour Masters in Falmouth Book a Berth in Two Minutes Instead of Two Days

## Visiting skippers reserve a mooring from their phone and the harbour office stops keeping a paper diary

FALMOUTH, England — June 2, 2027 — Falmouth Harbour today opened Tidewater, a berth booking board for its 140 visitor moorings.

Kerenza Pascoe has run the visitor berths for nine years. In July she takes about 60 calls a day, and each booking passes through a paper diary, a phone call and an email. Last summer 18% of visiting yachts arrived to find no berth ready.

Tidewater shows every free berth for the next two weeks. A skipper picks one, pays the deposit and gets a berth number by text.

"The diary was the harbour's memory, and it only had one copy," said Miles Trevenna, Harbour Master at Falmouth Harbour.

"I booked from Scilly on Tuesday night and had a berth number before breakfast," said Ana Ribeiro, a skipper who sailed in during the June pilot.

Skippers book at the harbour's website from today.

## Customer FAQ

**Q: Can I change my dates?**
A: Yes, up to 24 hours before arrival, at no charge.

## Internal FAQ

**Q: Why hasn't the harbour done this already?**
A: The berth plan lived in one paper diary; the new mooring survey in 2026 finally put every berth on a map.

**Q: What will the first version get wrong?**
A: It doesn't know about tide limits on the inner pontoons, so staff will still move some bookings by hand.

## Success metrics

- Booking time falls from a median of 2 days to under 2 hours by September 2027.

## Kill criteria

- If fewer than 30% of visitor bookings come through Tidewater by the end of August 2027, we stop.
`;
