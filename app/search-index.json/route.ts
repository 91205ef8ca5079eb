import { searchEntries } from "@/lib/content/search-index";
import { loadTrackIndex } from "@/lib/content/track-index.server";

// Built once, at build time, into a static file the search dialog fetches when first opened.
export const dynamic = "force-static";

export async function GET() {
  const { lessons } = await loadTrackIndex();
  return Response.json(lessons.flatMap(searchEntries));
}
