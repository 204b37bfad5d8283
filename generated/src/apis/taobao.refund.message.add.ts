// Generated from specs/tbrefund/taobao.refund.message.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.refund.message.add` (创建退款留言/凭证). */
export interface TaobaoRefundMessageAddRequest {
  /** 退款编号。 */
  refund_id: Int64Input;
  /** 留言内容。最大长度: 400个字节 */
  content: string;
  /** 图片（凭证）。类型: JPG,GIF,PNG;最大为: 500K */
  image: TopFile;
}

/** Response of `taobao.refund.message.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundMessageAddResponse {
  /** 退款信息。包含id和created */
  refund_message?: TaobaoRefundMessageAddRefundMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundMessage` of `taobao.refund.message.add`. */
export interface TaobaoRefundMessageAddRefundMessage {
  /** 留言编号 */
  id?: Int64;
  /** 留言创建时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  content: 'String',
  image: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_message: {
    id: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.message.add`: method, response root, request and response schemas. */
export const taobaoRefundMessageAddOperation = {
  method: 'taobao.refund.message.add',
  responseRoot: 'refund_message_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建退款留言/凭证 — calls TOP method `taobao.refund.message.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundMessageAdd(
  client: TopClient,
  request: TaobaoRefundMessageAddRequest,
  options?: CallOptions,
): Promise<TaobaoRefundMessageAddResponse> {
  return client.call<TaobaoRefundMessageAddResponse>(
    {
      method: 'taobao.refund.message.add',
      responseRoot: 'refund_message_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
