import { saveBytes } from './save-file';

/**
 * A chart as a PNG for a meeting's slides: the chart's SVG is serialised with its size and a white
 * background, drawn on a canvas at twice the size (sharp on a projector), and the canvas saved.
 * Recharts draws with presentation attributes, so the SVG carries its own colours. The title is
 * drawn above the chart, so the picture says what it shows when pasted on its own.
 */
export async function saveSvgAsPng(svg: SVGSVGElement, fileName: string, title: string): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.fontFamily = getComputedStyle(svg).fontFamily;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG could not be drawn'));
      image.src = url;
    });
    const scale = 2;
    const titleHeight = 32;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round((height + titleHeight) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height + titleHeight);
    context.fillStyle = '#1b2430';
    context.font = `bold 15px ${getComputedStyle(svg).fontFamily}`;
    context.fillText(title, 8, 21, width - 16);
    context.drawImage(image, 0, titleHeight, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG could not be made');
    saveBytes(new Uint8Array(await blob.arrayBuffer()), fileName, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
