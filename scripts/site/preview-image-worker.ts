/**
 * A worker thread of the preview image pool (`renderClaimPreviewImages` in preview-image.ts):
 * renders each claim it is sent and posts the PNG back.
 */
import { parentPort } from 'node:worker_threads';
import {
  claimPreviewImage,
  type PreviewImageJob,
  type PreviewImageResult,
} from './preview-image.ts';

const port = parentPort;
if (!port) throw new Error('preview-image-worker.ts runs only as a worker thread');

port.on('message', async ({ view, siteName, words }: PreviewImageJob) => {
  let png: Buffer;
  try {
    png = await claimPreviewImage(view, siteName, 'all', words);
  } catch (error) {
    // Thrown on, this ends the worker, and the pool rejects with it.
    throw new Error(`Preview image of claim ${view.claim.id} failed: ${String(error)}`);
  }
  const result: PreviewImageResult = { claimId: view.claim.id, png };
  port.postMessage(result);
});
// Loaded: the pool may send work now.
port.postMessage('ready');
