// Generated from specs/fundplatform/alibaba.fundplatform.cardorders.info.query.by.cardno.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorders.info.query.by.cardno` (通过卡号查询卡信息). */
export interface AlibabaFundplatformCardordersInfoQueryByCardnoRequest {
  /** 请求结构体 */
  parameters: AlibabaFundplatformCardordersInfoQueryByCardnoCardMakingInfoQueryRequestInput;
}

/** Response of `alibaba.fundplatform.cardorders.info.query.by.cardno`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardordersInfoQueryByCardnoResponse {
  /** result */
  result?: AlibabaFundplatformCardordersInfoQueryByCardnoCardMakingInfoQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CardMakingInfoQueryRequest` of `alibaba.fundplatform.cardorders.info.query.by.cardno`. */
export interface AlibabaFundplatformCardordersInfoQueryByCardnoCardMakingInfoQueryRequestInput {
  /** 页大小 */
  page_size: Int64Input;
  /** 当前页，从1开始 */
  current_page: Int64Input;
  /** 签名 将参数进行拼接，拼接格式：“pageSize==currentPage==cardNo1=cardNo2=cardNo3”，再使用RSA2048进行加密后，填入密文。 */
  signture: string;
  /** 卡号列表 */
  card_nos: string[];
}

/** `CardMakingInfoQueryResponse` of `alibaba.fundplatform.cardorders.info.query.by.cardno`. */
export interface AlibabaFundplatformCardordersInfoQueryByCardnoCardMakingInfoQueryResponse {
  /** 卡信息列表 */
  card_making_infos?: string[];
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  parameters: {
    page_size: 'Number',
    current_page: 'Number',
    signture: 'String',
    card_nos: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    card_making_infos: ['String'],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorders.info.query.by.cardno`: method, response root, request and response schemas. */
export const alibabaFundplatformCardordersInfoQueryByCardnoOperation = {
  method: 'alibaba.fundplatform.cardorders.info.query.by.cardno',
  responseRoot: 'alibaba_fundplatform_cardorders_info_query_by_cardno_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过卡号查询卡信息 — calls TOP method `alibaba.fundplatform.cardorders.info.query.by.cardno`.
 *
 * 该接口由汇金实现，外部调用。通过制卡单号分页查询卡信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardordersInfoQueryByCardno(
  client: TopClient,
  request: AlibabaFundplatformCardordersInfoQueryByCardnoRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardordersInfoQueryByCardnoResponse> {
  return client.call<AlibabaFundplatformCardordersInfoQueryByCardnoResponse>(
    {
      method: 'alibaba.fundplatform.cardorders.info.query.by.cardno',
      responseRoot: 'alibaba_fundplatform_cardorders_info_query_by_cardno_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
