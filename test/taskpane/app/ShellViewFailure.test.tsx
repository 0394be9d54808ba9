/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { completeIndividual } from '../../support/snapshots';
import { fakeHost } from '../support/fakeHost';
import { renderApp } from '../support/renderApp';

// The send view's chunk cannot be fetched (offline): its import rejects.
jest.mock('../../../src/taskpane/views/send/SendView', () => {
  throw new Error('Loading chunk view-send failed.');
});

describe('a view that cannot load', () => {
  it('shows a localised message with details on demand and "try again", and the rest of the pane still works', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      renderApp({ host: fakeHost(completeIndividual()), initialView: 'send' });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Không tải được trang này. Kiểm tra kết nối mạng rồi thử lại.');
      // The message bar itself arrives with the first error; until then the message shows as plain text.
      fireEvent.click((await screen.findByRole('button', { name: 'Xem chi tiết' })));
      expect(await screen.findByText(/Loading chunk view-send failed/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();

      fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Kiểm tra' }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Kiểm tra' })).toBeInTheDocument();
      expect(await screen.findByRole('button', { name: 'Kiểm tra lại' })).toBeInTheDocument();
    } finally {
      consoleError.mockRestore();
    }
  });
});
