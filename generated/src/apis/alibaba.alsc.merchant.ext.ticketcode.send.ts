// Generated from specs/alscmerchant/alibaba.alsc.merchant.ext.ticketcode.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.merchant.ext.ticketcode.send` (异步发码). */
export interface AlibabaAlscMerchantExtTicketcodeSendRequest {
  /** 外部券异步发码 */
  send_request: AlibabaAlscMerchantExtTicketcodeSendExternalTicketSendRequestInput;
}

/** Response of `alibaba.alsc.merchant.ext.ticketcode.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscMerchantExtTicketcodeSendResponse {
  /** 请求id */
  ticket_request_id?: string;
  /** 该字段用于描述本次返回中的业务属性，现有：BIZ_ALREADY_SUCCESS（幂等业务码）。 */
  biz_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalTicketSendRequest` of `alibaba.alsc.merchant.ext.ticketcode.send`. */
export interface AlibabaAlscMerchantExtTicketcodeSendExternalTicketSendRequestInput {
  /** 口碑子订单号, 即alsc_sub_order_no */
  order_no: string;
  /** 请求id，唯一标识一次请求 */
  ticket_request_id?: string;
  /** 券生效时间,默认为口碑商品配置生效时间 */
  valid_start?: DateInput;
  /** 券过期时间,默认为口碑商品配置失效时间 */
  valid_end?: DateInput;
  /** 口碑发码通知透传码商，码商需要跟发码通知获取到的参数一致 */
  send_token: string;
  /** 需要发送的码列表，其中code表示串码码值，num表示码的可核销份数 */
  external_ticket_codes: AlibabaAlscMerchantExtTicketcodeSendExternalTicketCodeInput[];
  /** 口碑商品发货单号 */
  send_order_no: string;
  /** 三方异步发码是否成功,值为success 代表发码成功,external_ticket_codes 不能为空,fail代表三方发码失败,本地侧凭证发放状态推进到发码失败 */
  deliver_code_success: string;
}

/** `ExternalTicketCode` of `alibaba.alsc.merchant.ext.ticketcode.send`. */
export interface AlibabaAlscMerchantExtTicketcodeSendExternalTicketCodeInput {
  /** 码的可核销份数 */
  num: string;
  /** 凭证码值，必填。核销二维码生成规则：优先用url生成，url为空，再用code生成。 */
  code?: string;
  /** 本地生活凭证id(奇门发码通知中的ticketId)，必填 */
  ticket_id?: string;
  /** 支持核销的三方url。核销二维码生成规则：优先用url生成，url为空，再用code生成。 */
  url?: string;
}

const REQUEST_SCHEMA = {
  send_request: {
    order_no: 'String',
    ticket_request_id: 'String',
    valid_start: 'Date',
    valid_end: 'Date',
    send_token: 'String',
    external_ticket_codes: [
      {
        num: 'String',
        code: 'String',
        ticket_id: 'String',
        url: 'String',
      },
    ],
    send_order_no: 'String',
    deliver_code_success: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ticket_request_id: 'String',
  biz_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.merchant.ext.ticketcode.send`: method, response root, request and response schemas. */
export const alibabaAlscMerchantExtTicketcodeSendOperation = {
  method: 'alibaba.alsc.merchant.ext.ticketcode.send',
  responseRoot: 'alibaba_alsc_merchant_ext_ticketcode_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异步发码 — calls TOP method `alibaba.alsc.merchant.ext.ticketcode.send`.
 *
 * 外部券异步发码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscMerchantExtTicketcodeSend(
  client: TopClient,
  request: AlibabaAlscMerchantExtTicketcodeSendRequest,
  options?: CallOptions,
): Promise<AlibabaAlscMerchantExtTicketcodeSendResponse> {
  return client.call<AlibabaAlscMerchantExtTicketcodeSendResponse>(
    {
      method: 'alibaba.alsc.merchant.ext.ticketcode.send',
      responseRoot: 'alibaba_alsc_merchant_ext_ticketcode_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
