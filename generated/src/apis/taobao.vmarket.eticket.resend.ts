// Generated from specs/eticket/taobao.vmarket.eticket.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.resend` (外部合作商家重发电子凭证回调接口). */
export interface TaobaoVmarketEticketResendRequest {
  /** 订单编号 */
  order_id: Int64Input;
  /** 重新发送的验证码及可验证次数的列表，多个码之间用英文逗号分割，需要包含此订单所有可用的码（如果订单总的有10个码，可用的是5个，那么这里设置的是5个可用的码） */
  verify_codes: string;
  /** 安全验证token,回传淘宝发通知时发过来的token串 */
  token: string;
  /** 码商ID，如果是码商，必须传，如果是信任卖家，不需要传 */
  codemerchant_id?: Int64Input;
  /** 不需要上传二维码图片的码商请不要传，需要传入二维码的码商请先调用taobao.vmarket.eticket.qrcode.upload接口，将返回的img_filename文件名称作为参数（如果二维码不变的话，也可将将发码时传入二维码文件名作为参数传入），多个文件名用逗号隔开且与参数verify_codes按从左到有的顺序一一对应。 */
  qr_images?: string;
}

/** Response of `taobao.vmarket.eticket.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketResendResponse {
  /** 0:失败，1:成功 */
  ret_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  verify_codes: 'String',
  token: 'String',
  codemerchant_id: 'Number',
  qr_images: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.resend`: method, response root, request and response schemas. */
export const taobaoVmarketEticketResendOperation = {
  method: 'taobao.vmarket.eticket.resend',
  responseRoot: 'vmarket_eticket_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部合作商家重发电子凭证回调接口 — calls TOP method `taobao.vmarket.eticket.resend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketResend(
  client: TopClient,
  request: TaobaoVmarketEticketResendRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketResendResponse> {
  return client.call<TaobaoVmarketEticketResendResponse>(
    {
      method: 'taobao.vmarket.eticket.resend',
      responseRoot: 'vmarket_eticket_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
