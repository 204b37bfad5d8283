// Generated from specs/eticket/taobao.vmarket.eticket.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.consume` (电子票券消费通知). */
export interface TaobaoVmarketEticketConsumeRequest {
  /** 进行验码的电子凭证订单的订单ID */
  order_id: Int64Input;
  /** 核销的码，只支持单个码，多个码核销需要多次调用 */
  verify_code: string;
  /** 核销份数 */
  consume_num: Int64Input;
  /** 安全验证token,需要和发码通知中的token一致 */
  token: string;
  /** 码商ID,是码商的话必须传递,如果是信任卖家不需要传 */
  codemerchant_id?: Int64Input;
  /** 机具ID(此参数信任卖家可不传递，码商必须传递) */
  posid?: string;
  /** 手机后四位(没有特殊说明请不要传该参数) */
  mobile?: string;
  /** 核销后需要重新生成的码，如果不需要重新生成码，不要传该参数 */
  new_code?: string;
  /** 自定义核销流水号，如果核销调用失败，可以用该核销流水号进行冲正操作，需要小于等于100个字符(a-zA-Z0-9_)；每次核销都是唯一的流水号 */
  serial_num?: string;
  /** 不需要上传二维码图片或者核销后不需重新生成码码商请不要传，需要传入二维码的码商请先调用taobao.vmarket.eticket.qrcode.upload接口，将返回的img_filename文件名称作为参数（如果二维码不变的话，也可将将发码时传入二维码文件名作为参数传入），文件名与参数new_code必须相互对应。 */
  qr_images?: string;
}

/** Response of `taobao.vmarket.eticket.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketConsumeResponse {
  /** 0:失败，1:成功 */
  ret_code?: Int64;
  /** 整个订单剩余的可核销数量 */
  left_num?: Int64;
  /** 宝贝标题 */
  item_title?: string;
  /** 返回码消费后，需要发送的短信的模版 */
  sms_tpl?: string;
  /** 服务内容，用在凭证验证成功后pos机打印小票给消费者 */
  print_tpl?: string;
  /** 核销流水号,可以通过该流水号来撤销对应的核销操作 */
  consume_secial_num?: string;
  /** 该核销码在核销后剩余的可核销份数，如果传了new_code来重新生成码，那么这些可核销份数会累积到新的码上 */
  code_left_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  verify_code: 'String',
  consume_num: 'Number',
  token: 'String',
  codemerchant_id: 'Number',
  posid: 'String',
  mobile: 'String',
  new_code: 'String',
  serial_num: 'String',
  qr_images: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  left_num: 'Number',
  item_title: 'String',
  sms_tpl: 'String',
  print_tpl: 'String',
  consume_secial_num: 'String',
  code_left_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.consume`: method, response root, request and response schemas. */
export const taobaoVmarketEticketConsumeOperation = {
  method: 'taobao.vmarket.eticket.consume',
  responseRoot: 'vmarket_eticket_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子票券消费通知 — calls TOP method `taobao.vmarket.eticket.consume`.
 *
 * 外部合作商家电子票券消费回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketConsume(
  client: TopClient,
  request: TaobaoVmarketEticketConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketConsumeResponse> {
  return client.call<TaobaoVmarketEticketConsumeResponse>(
    {
      method: 'taobao.vmarket.eticket.consume',
      responseRoot: 'vmarket_eticket_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
