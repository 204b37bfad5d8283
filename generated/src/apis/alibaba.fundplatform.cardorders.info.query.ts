// Generated from specs/fundplatform/alibaba.fundplatform.cardorders.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorders.info.query` (根据制卡单分页查询卡信息). */
export interface AlibabaFundplatformCardordersInfoQueryRequest {
  /** 请求结构体 */
  parameters: AlibabaFundplatformCardordersInfoQueryCardMakingInfoQueryRequestInput;
}

/** Response of `alibaba.fundplatform.cardorders.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardordersInfoQueryResponse {
  /** result */
  result?: AlibabaFundplatformCardordersInfoQueryCardMakingInfoQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CardMakingInfoQueryRequest` of `alibaba.fundplatform.cardorders.info.query`. */
export interface AlibabaFundplatformCardordersInfoQueryCardMakingInfoQueryRequestInput {
  /** 页大小,最大500 */
  page_size: Int64Input;
  /** 当前页，从1开始 */
  current_page: Int64Input;
  /** 已废弃,可以填写固定值test */
  signture: string;
  /** 子制卡单ID */
  card_order_id: Int64Input;
}

/** `CardMakingInfoQueryResponse` of `alibaba.fundplatform.cardorders.info.query`. */
export interface AlibabaFundplatformCardordersInfoQueryCardMakingInfoQueryResponse {
  /** 卡信息列表。cardNo卡号,cardPassword卡密,qrCode二维码链接,shortQrCode短连接二维码,templateNo卡商品编码,status卡状态 */
  card_making_infos?: string[];
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  parameters: {
    page_size: 'Number',
    current_page: 'Number',
    signture: 'String',
    card_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    card_making_infos: ['String'],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorders.info.query`: method, response root, request and response schemas. */
export const alibabaFundplatformCardordersInfoQueryOperation = {
  method: 'alibaba.fundplatform.cardorders.info.query',
  responseRoot: 'alibaba_fundplatform_cardorders_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据制卡单分页查询卡信息 — calls TOP method `alibaba.fundplatform.cardorders.info.query`.
 *
 * 该接口由汇金实现，外部调用。通过制卡单号分页查询卡信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardordersInfoQuery(
  client: TopClient,
  request: AlibabaFundplatformCardordersInfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardordersInfoQueryResponse> {
  return client.call<AlibabaFundplatformCardordersInfoQueryResponse>(
    {
      method: 'alibaba.fundplatform.cardorders.info.query',
      responseRoot: 'alibaba_fundplatform_cardorders_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
