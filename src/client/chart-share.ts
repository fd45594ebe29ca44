/**
 * Enhances the "Sematkan / unduh" blocks (src/components/ChartShare.astro), which work without this script:
 * - a copy button beside each embed snippet (the snippet stays selectable text either way);
 * - for charts without a build-time PNG, a PNG button that draws the chart's standalone SVG onto a canvas at twice
 *   its size and downloads it. The SVG is loaded as a data: URL because the Content-Security-Policy allows images
 *   only from this site and data: (a blob: image would be refused).
 * Texts come from data-* attributes, so the script carries no language of its own.
 */

function say(block: Element | null, text: string): void {
  const status = block?.querySelector<HTMLElement>(".chart-share__status");
  if (status) status.textContent = text;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.getElementById(button.dataset.copy ?? "");
  if (!(area instanceof HTMLTextAreaElement)) return;
  // Selected first: without clipboard permission (or in an old browser) Ctrl+C still copies it.
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    say(button.closest(".chart-share"), button.dataset.copied ?? "");
  } catch {
    // The selection stays; nothing else to do.
  }
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("image"));
    img.src = src;
  });
}

async function downloadPng(button: HTMLButtonElement): Promise<void> {
  const block = button.closest(".chart-share");
  try {
    const response = await fetch(button.dataset.svg ?? "");
    if (!response.ok) throw new Error(String(response.status));
    const svg = await response.text();
    const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob === null) throw new Error("png");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = button.dataset.file ?? "chart.png";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } catch {
    say(block, button.dataset.failed ?? "");
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>(".chart-share__copy")) {
  button.hidden = false;
  button.addEventListener("click", () => void copy(button));
}
for (const button of document.querySelectorAll<HTMLButtonElement>(".chart-share__png")) {
  button.hidden = false;
  button.addEventListener("click", () => void downloadPng(button));
}
