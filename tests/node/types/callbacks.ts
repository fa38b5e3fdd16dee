// Compiled with `tsc --noEmit --strict` by types.test.mjs (with consumer.ts): the callback
// types narrow on `known` and `dataType`, and obvious mistakes do not compile.
import {
  YIWISE_CALLBACK_ACK,
  YiwiseCallbackCrypto,
  parseYiwiseCallback,
  yiwiseCallbackDecodeParam,
  type YiwiseCallback,
  type YiwiseCallRecordCallback,
  type YiwiseKnownCallback,
} from 'yiwise-rongzi';

export function handle(body: string | Uint8Array): string {
  const cb: YiwiseCallback = parseYiwiseCallback(body);
  if (cb.known) {
    switch (cb.dataType) {
      case 'ROBOT_CALL_RECORD': {
        const record: YiwiseCallRecordCallback = cb.data;
        const id: number | undefined = record.callRecordId;
        const level: string | undefined = cb.data.intentLevel;
        return `${id} ${level} ${cb.data.callDetailList?.map((d) => d.text).join()}`;
      }
      case 'ROBOT_CALL_JOB':
        return String(cb.data.robotCallJobId);
      case 'ROBOT_CALL_SMS':
        return Object.keys(cb.data.msgList?.[0]?.varMap ?? {}).join();
    }
  } else {
    const raw: unknown = cb.data;
    const name: string = cb.dataType;
    void raw;
    void name;
  }
  const known: YiwiseKnownCallback[] = [];
  void known;
  const ack: 'success' = YIWISE_CALLBACK_ACK;
  return ack;
}

export function encrypted(query: Record<string, string>, body: Uint8Array): string {
  const crypto = new YiwiseCallbackCrypto({ token: 't', encodingAesKey: 'k'.repeat(43), receiveId: '', toleranceSeconds: 300 });
  const echo: string = crypto.verifyUrl({
    msg_signature: query.msg_signature ?? '', timestamp: query.timestamp ?? '', nonce: query.nonce ?? '',
    echostr: yiwiseCallbackDecodeParam(query.echostr ?? ''),
  });
  const plain: string = crypto.decryptMsg({ msgSignature: 's', timestamp: 1700000000000, nonce: 'n', body });
  const xml: string = crypto.encryptMsg(plain) + crypto.encryptMsg(plain, { nonce: 'n', timestamp: 1, randomPrefix: 'aaaabbbbccccdddd' });
  return echo + xml + crypto.receiveId + crypto.toleranceSeconds;
}

export function mistakes(body: string): void {
  const cb = parseYiwiseCallback(body);
  // @ts-expect-error `data` is unknown until `known` is checked
  if (cb.dataType === 'ROBOT_CALL_RECORD') void cb.data.callRecordId;
  // @ts-expect-error encodingAesKey is required
  new YiwiseCallbackCrypto({ token: 't' });
  const crypto = new YiwiseCallbackCrypto({ token: 't', encodingAesKey: 'k' });
  // @ts-expect-error the nonce is required
  crypto.verifyUrl({ msgSignature: 's', timestamp: 1, echostr: 'e' });
  // @ts-expect-error the body is required
  crypto.decryptMsg({ msgSignature: 's', timestamp: 1, nonce: 'n' });
  // @ts-expect-error the ack is a constant
  const ack: 'ok' = YIWISE_CALLBACK_ACK;
  void ack;
}
