import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): name, colours and icons for "add to home screen". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Factdeck",
    short_name: "Factdeck",
    description: "Quizzes from the news, every answer tied to its source sentence.",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc", // --color-canvas
    theme_color: "#2452d9", // --color-brand-600, as the viewport's themeColor
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
