// Generated from specs/eticket/taobao.vmarket.eticket.reverse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.reverse` (电子凭证冲正接口). */
export interface TaobaoVmarketEticketReverseRequest {
  /** 进行验码的电子凭证订单的订单ID */
  order_id: Int64Input;
  /** 冲正的码，只支持单个码 */
  reverse_code: string;
  /** 冲正份数（必须是和被冲正的核销记录的份数一致） */
  reverse_num: Int64Input;
  /** 需要冲正的核销记录对应核销流水号（对应的核销操作时候传递的自定义流水号） */
  consume_secial_num: string;
  /** 所有冲正后需要重新生成的码和对应的次数。码和次数之间用英文冒号分隔，多个码之间用英文逗号分隔。如果冲正后不需要重新生成码，留空 */
  verify_codes?: string;
  /** 安全验证token，需要和该订单发码通知中的token一致 */
  token: string;
  /** 码商ID，是码商的话必须传递，如果是信任卖家不要传 */
  codemerchant_id?: Int64Input;
  /** 机具id，如果是码商必须传，如果是信任卖家不要传 */
  posid?: string;
  /** 不需要上传二维码图片或者冲正后不需要变更码的请不要传，需要传入二维码的码商请先调用taobao.vmarket.eticket.qrcode.upload接口，将返回的img_filename文件名称作为参数，多个文件名用逗号隔开且与参数verify_codes按从左到有的顺序一一对应。 */
  qr_images?: string;
}

/** Response of `taobao.vmarket.eticket.reverse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketReverseResponse {
  /** 0:失败，1:成功 */
  ret_code?: Int64;
  /** 整个订单的剩余可核销数量 */
  left_num?: Int64;
  /** 宝贝标题 */
  item_title?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  reverse_code: 'String',
  reverse_num: 'Number',
  consume_secial_num: 'String',
  verify_codes: 'String',
  token: 'String',
  codemerchant_id: 'Number',
  posid: 'String',
  qr_images: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  left_num: 'Number',
  item_title: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.reverse`: method, response root, request and response schemas. */
export const taobaoVmarketEticketReverseOperation = {
  method: 'taobao.vmarket.eticket.reverse',
  responseRoot: 'vmarket_eticket_reverse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证冲正接口 — calls TOP method `taobao.vmarket.eticket.reverse`.
 *
 * 电子凭证平台冲正接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketReverse(
  client: TopClient,
  request: TaobaoVmarketEticketReverseRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketReverseResponse> {
  return client.call<TaobaoVmarketEticketReverseResponse>(
    {
      method: 'taobao.vmarket.eticket.reverse',
      responseRoot: 'vmarket_eticket_reverse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
