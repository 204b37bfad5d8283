// Generated from specs/fundplatform/alibaba.fundplatform.cardorder.fetch.card.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorder.fetch.card.async` (异步批量生成储值卡). */
export interface AlibabaFundplatformCardorderFetchCardAsyncRequest {
  /** 入参复杂对象 */
  param_card_fetch_async_request: AlibabaFundplatformCardorderFetchCardAsyncCardFetchAsyncRequestInput;
}

/** Response of `alibaba.fundplatform.cardorder.fetch.card.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardorderFetchCardAsyncResponse {
  /** result */
  result?: AlibabaFundplatformCardorderFetchCardAsyncCardFetchAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CardFetchAsyncRequest` of `alibaba.fundplatform.cardorder.fetch.card.async`. */
export interface AlibabaFundplatformCardorderFetchCardAsyncCardFetchAsyncRequestInput {
  /** 是否储值卡同步激活，默认为true */
  active: boolean;
  /** 购买主体类型 company 公司|person 个人 */
  buy_entity_type?: string;
  /** 制卡详情 */
  card_fetch_details?: AlibabaFundplatformCardorderFetchCardAsyncCardFetchDetailDtoInput[];
  /** 幂等字段，请保证唯一性,不要超过32位 */
  out_biz_id: string;
  /** 售卖方式 online 线上|offline 线下 */
  sale_mode?: string;
  /** 业务类型，由资金平台分配 */
  subiz_type: Int64Input;
  /** 购买方在淘宝的用户ID */
  user_id: Int64Input;
}

/** `CardFetchDetailDto` of `alibaba.fundplatform.cardorder.fetch.card.async`. */
export interface AlibabaFundplatformCardorderFetchCardAsyncCardFetchDetailDtoInput {
  /** 制卡数量 */
  num: Int64Input;
  /** 售价,单位为分。不填写则使用模板上配置的默认售价 */
  price?: Int64Input;
  /** 制卡模板号 */
  template_no: string;
}

/** `CardFetchAsyncResponse` of `alibaba.fundplatform.cardorder.fetch.card.async`. */
export interface AlibabaFundplatformCardorderFetchCardAsyncCardFetchAsyncResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误消息 */
  result_message?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_card_fetch_async_request: {
    active: 'Boolean',
    buy_entity_type: 'String',
    card_fetch_details: [
      {
        num: 'Number',
        price: 'Number',
        template_no: 'String',
      },
    ],
    out_biz_id: 'String',
    sale_mode: 'String',
    subiz_type: 'Number',
    user_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'String',
    result_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorder.fetch.card.async`: method, response root, request and response schemas. */
export const alibabaFundplatformCardorderFetchCardAsyncOperation = {
  method: 'alibaba.fundplatform.cardorder.fetch.card.async',
  responseRoot: 'alibaba_fundplatform_cardorder_fetch_card_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异步批量生成储值卡 — calls TOP method `alibaba.fundplatform.cardorder.fetch.card.async`.
 *
 * 外部业务方异步批量生成储值卡的接口。同步只返回接受成功，异步会通知制卡成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardorderFetchCardAsync(
  client: TopClient,
  request: AlibabaFundplatformCardorderFetchCardAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardorderFetchCardAsyncResponse> {
  return client.call<AlibabaFundplatformCardorderFetchCardAsyncResponse>(
    {
      method: 'alibaba.fundplatform.cardorder.fetch.card.async',
      responseRoot: 'alibaba_fundplatform_cardorder_fetch_card_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
