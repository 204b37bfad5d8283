// Generated from specs/fundplatform/alibaba.fundplatform.cardorder.status.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorder.status.query` (查询制卡商制卡进度). */
export interface AlibabaFundplatformCardorderStatusQueryRequest {
  /** 请求结构体 */
  request: AlibabaFundplatformCardorderStatusQueryStructInput;
}

/** Response of `alibaba.fundplatform.cardorder.status.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardorderStatusQueryResponse {
  /** 返回结构体 */
  response?: AlibabaFundplatformCardorderStatusQueryStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.status.query`. */
export interface AlibabaFundplatformCardorderStatusQueryStructInput {
  /** 子制卡单ID */
  card_order_id: Int64Input;
  /** 环境变量值，该字段为枚举值：daily（日常），pre（预发），online（线上） */
  own_sign: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.status.query`. */
export interface AlibabaFundplatformCardorderStatusQueryStruct {
  /** 制卡当前阶段 该字段是枚举值，有： REQUEST_RECEIVED（请求接收成功），REQUEST_NOT_EXIST（请求不存在），WAITING_DELIVERY（制卡完成，等待发货），DELIVERED（已发货） */
  status?: string;
  /** 错误详情 */
  result_message?: string;
  /** 错误CODE */
  result_code?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 物流商名称，仅当制卡状态为发货完成时返回该值 */
  logistics_company?: string;
  /** 物流单号，仅当制卡状态为发货完成时返回该值 */
  logistics_order_id?: string;
}

const REQUEST_SCHEMA = {
  request: {
    card_order_id: 'Number',
    own_sign: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    status: 'String',
    result_message: 'String',
    result_code: 'String',
    success: 'Boolean',
    logistics_company: 'String',
    logistics_order_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorder.status.query`: method, response root, request and response schemas. */
export const alibabaFundplatformCardorderStatusQueryOperation = {
  method: 'alibaba.fundplatform.cardorder.status.query',
  responseRoot: 'alibaba_fundplatform_cardorder_status_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询制卡商制卡进度 — calls TOP method `alibaba.fundplatform.cardorder.status.query`.
 *
 * 当通知制卡商进行制卡后，其制卡流程会比较长，若长时间未反馈当前制卡进展，则需要使用该接口来向制卡商发起进度查询。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardorderStatusQuery(
  client: TopClient,
  request: AlibabaFundplatformCardorderStatusQueryRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardorderStatusQueryResponse> {
  return client.call<AlibabaFundplatformCardorderStatusQueryResponse>(
    {
      method: 'alibaba.fundplatform.cardorder.status.query',
      responseRoot: 'alibaba_fundplatform_cardorder_status_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
