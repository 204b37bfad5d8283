// Generated from specs/examination/alibaba.alihealth.examination.goods.onoffline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.goods.onoffline` (上线/下线 体检产品). */
export interface AlibabaAlihealthExaminationGoodsOnofflineRequest {
  /**
   * 商品组code，机构保证唯一
   *
   * Max length: 100
   */
  group_id: string;
  /** 门店code列表 */
  hospital_codes?: string;
  /**
   * 操作类型: online=上线，offline=下线
   *
   * Max length: 10
   */
  type: string;
}

/** Response of `alibaba.alihealth.examination.goods.onoffline`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationGoodsOnofflineResponse {
  /** 调用结果 */
  result?: AlibabaAlihealthExaminationGoodsOnofflineServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.goods.onoffline`. */
export interface AlibabaAlihealthExaminationGoodsOnofflineServiceResult {
  /** 错误信息 */
  err_message?: string;
  /** 返回数据,一般为空 */
  data?: string;
  /** 错误码 */
  err_code?: string;
  /** 执行是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  group_id: 'String',
  hospital_codes: 'String',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    data: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.goods.onoffline`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationGoodsOnofflineOperation = {
  method: 'alibaba.alihealth.examination.goods.onoffline',
  responseRoot: 'alibaba_alihealth_examination_goods_onoffline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上线/下线 体检产品 — calls TOP method `alibaba.alihealth.examination.goods.onoffline`.
 *
 * 第三方体检机构对接钉钉体检中的产品 上线／下线
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationGoodsOnoffline(
  client: TopClient,
  request: AlibabaAlihealthExaminationGoodsOnofflineRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationGoodsOnofflineResponse> {
  return client.call<AlibabaAlihealthExaminationGoodsOnofflineResponse>(
    {
      method: 'alibaba.alihealth.examination.goods.onoffline',
      responseRoot: 'alibaba_alihealth_examination_goods_onoffline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
