/**
 * Photo (individual): pick or drop a JPEG/PNG, frame it at 4x6 (2:3) with a crop the person moves (pointer drag,
 * arrow keys) and zooms (slider), then "Chèn ảnh" renders the crop at print resolution as JPEG and puts it in the
 * document's photo frame. Warns when the cropped area is too small to print at 4x6 cm. Crop math: crop.ts;
 * decoding and canvas: photoCanvas.ts, injected through PhotoToolsContext (jsdom has no canvas).
 */
import { createContext, useContext, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type PointerEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Slider,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ImageAddRegular } from '@fluentui/react-icons';
import type { CheckResult } from '../../state/checks';
import { useHost } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation } from '../../state/navigation';
import { useAction } from '../../state/useAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormGate, useFormStyles } from '../../shell/FormGate';
import {
  cropRect,
  dragCrop,
  initialCrop,
  maxZoom,
  nudgeCrop,
  outputSize,
  previewPlacement,
  printDpi,
  printQuality,
  zoomCrop,
  type ArrowKey,
  type CropState,
} from './crop';
import { MAX_PHOTO_BYTES, browserPhotoTools, isAcceptedType, type LoadedImage, type PhotoTools } from './photoCanvas';
import { AppError } from '../../../core/errors';
import { FIELD } from '../../../core/template';

/** Image decoding and JPEG rendering; tests provide their own (jsdom has no canvas). */
export const PhotoToolsContext = createContext<PhotoTools>(browserPhotoTools);

/** Displayed frame width in CSS pixels (the height follows at 2:3). */
const FRAME_WIDTH = 160;

const useStyles = makeStyles({
  frame: {
    position: 'relative',
    width: `${FRAME_WIDTH}px`,
    height: `${FRAME_WIDTH * 1.5}px`,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    cursor: 'grab',
    touchAction: 'none',
    userSelect: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  image: { position: 'absolute', maxWidth: 'none', pointerEvents: 'none' },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export default function PhotoView() {
  return <FormGate>{(result, kind) => (kind === 'individual' ? <PhotoForm result={result} /> : <NotForCollective />)}</FormGate>;
}

function NotForCollective() {
  const { t } = useI18n();
  return <Text block>{t('forms.photo.notIndividual')}</Text>;
}

function PhotoForm({ result }: { result: CheckResult }) {
  const { t } = useI18n();
  const host = useHost();
  const tools = useContext(PhotoToolsContext);
  const { go } = useNavigation();
  const { run, busy, error, clearError } = useAction();
  const formStyles = useFormStyles();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [image, setImage] = useState<(LoadedImage & { name: string }) | null>(null);
  const [crop, setCrop] = useState<CropState | null>(null);
  const [problem, setProblem] = useState<AppError | null>(null);
  const [inserted, setInserted] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const drag = useRef<{ x: number; y: number; id: number } | null>(null);

  // Release the previous image's object URL when it is replaced or the view closes.
  useEffect(() => () => image?.release(), [image]);

  const frame = result.snapshot.fields[FIELD.photo];
  if (!frame) {
    return (
      <div className={formStyles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('forms.photo.missingFrame')}</MessageBarBody>
        </MessageBar>
        <div className={formStyles.row}>
          <Button onClick={() => go('checklist')}>{t('forms.goChecklist')}</Button>
        </div>
      </div>
    );
  }

  const open = async (file: File | undefined | null) => {
    if (!file) return;
    setProblem(null);
    setInserted(false);
    if (!isAcceptedType(file.type)) {
      setProblem(new AppError('forms.photo.wrongType', { name: file.name }));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setProblem(
        new AppError('forms.photo.tooLarge', {
          name: file.name,
          size: Math.round((file.size / 1024 / 1024) * 10) / 10,
          max: MAX_PHOTO_BYTES / 1024 / 1024,
        }),
      );
      return;
    }
    try {
      const loaded = await tools.loadImage(file);
      setImage({ ...loaded, name: file.name });
      setCrop(initialCrop(loaded));
    } catch (e) {
      setProblem(new AppError('forms.photo.unreadable', { name: file.name }, e));
    }
  };

  const rect = image && crop ? cropRect(image, crop) : null;
  const quality = rect ? printQuality(rect) : null;
  const dpi = rect ? Math.round(printDpi(rect)) : 0;
  const placement = image && crop ? previewPlacement(image, crop, FRAME_WIDTH) : null;

  const insert = async () => {
    if (!image || !rect) return;
    const ok = await run(async () => {
      let bytes: Uint8Array;
      try {
        bytes = await tools.renderJpeg(image, rect, outputSize(rect));
      } catch (e) {
        throw new AppError('forms.photo.renderFailed', {}, e);
      }
      await host.setPhoto(bytes);
      return true;
    });
    if (ok) setInserted(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!image || !crop) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      setCrop(nudgeCrop(image, crop, e.key as ArrowKey, e.shiftKey));
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      setCrop(zoomCrop(image, crop, crop.zoom * (e.key === '-' ? 1 / 1.1 : 1.1)));
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!Number.isFinite(e.clientX) || !Number.isFinite(e.clientY)) return;
    drag.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start || start.id !== e.pointerId || !image || !crop || !Number.isFinite(e.clientX) || !Number.isFinite(e.clientY)) return;
    const width = e.currentTarget.clientWidth || FRAME_WIDTH;
    setCrop(dragCrop(image, crop, e.clientX - start.x, e.clientY - start.y, width));
    drag.current = { ...start, x: e.clientX, y: e.clientY };
  };
  const endDrag = () => {
    drag.current = null;
  };

  // The shell opens dropped .docx files: a picture dropped here must not reach it.
  const dropProps = {
    onDragOver: (e: DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      e.stopPropagation();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragOver(true);
    },
    onDragLeave: (e: DragEvent<HTMLDivElement>) => {
      e.stopPropagation();
      setDragOver(false);
    },
    onDrop: (e: DragEvent<HTMLDivElement>) => {
      e.preventDefault();
      e.stopPropagation();
      setDragOver(false);
      void open(e.dataTransfer?.files?.[0]);
    },
  };

  const maxZ = image ? maxZoom(image) : 1;

  return (
    <div className={formStyles.root}>
      <Text block>{t('forms.photo.intro')}</Text>
      {frame.picture ? <Text block className={formStyles.muted}>{t('forms.photo.hasPhoto')}</Text> : null}
      {error ? <ErrorMessage error={error} onDismiss={clearError} /> : null}
      {problem ? <ErrorMessage error={problem} onDismiss={() => setProblem(null)} /> : null}
      <div className={`${styles.drop} ${dragOver ? styles.dropActive : ''}`} data-testid="photo-drop" {...dropProps}>
        <input
          ref={fileInput}
          id="photo-file"
          type="file"
          accept="image/jpeg,image/png"
          className={styles.hidden}
          aria-label={t('forms.photo.fileLabel')}
          tabIndex={-1}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button icon={<ImageAddRegular />} onClick={() => fileInput.current?.click()}>
          {t('forms.photo.pick')}
        </Button>
        <Text size={200} className={formStyles.muted}>
          {t('forms.photo.drop')}
        </Text>
      </div>
      {image && crop && rect && placement ? (
        <>
          <div
            className={styles.frame}
            role="group"
            tabIndex={0}
            aria-label={t('forms.photo.frameLabel')}
            aria-describedby="photo-source photo-quality"
            data-testid="photo-frame"
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
          >
            <img
              src={image.url}
              alt=""
              draggable={false}
              className={styles.image}
              style={{ left: placement.left, top: placement.top, width: placement.width, height: placement.height }}
            />
          </div>
          <Field label={t('forms.photo.zoom')}>
            <Slider
              min={100}
              max={Math.max(100, Math.floor(maxZ * 100))}
              // Steps of 5 % on the native input only: Fluent draws a mark on the rail for every `step`, which at
              // 5 % of a 100-400 % range is a dense hatched row; without `step` on the Slider the rail stays plain.
              input={{ step: 5 }}
              value={Math.round(crop.zoom * 100)}
              disabled={maxZ <= 1}
              onChange={(_, d) => setCrop(zoomCrop(image, crop, d.value / 100))}
            />
          </Field>
          <Text block size={200} id="photo-source" className={formStyles.muted}>
            {t('forms.photo.source', {
              width: image.width,
              height: image.height,
              cropWidth: Math.floor(rect.width),
              cropHeight: Math.floor(rect.height),
            })}
          </Text>
          <MessageBar intent={quality === 'low' ? 'warning' : quality === 'fair' ? 'info' : 'success'} layout="multiline" id="photo-quality">
            <MessageBarBody>
              {t(`forms.photo.quality.${quality}`, { dpi, cropWidth: Math.floor(rect.width), cropHeight: Math.floor(rect.height) })}
            </MessageBarBody>
          </MessageBar>
          <div className={formStyles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
              {busy ? t('forms.photo.inserting') : t('forms.photo.insert')}
            </Button>
          </div>
        </>
      ) : null}
      {inserted ? (
        <Text role="status" aria-live="polite">
          {t('forms.photo.inserted')}
        </Text>
      ) : null}
    </div>
  );
}
