// Generated from specs/ascpqcc/alibaba.ascp.qcc.sample.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.qcc.sample.update` (品控中心更新样品信息). */
export interface AlibabaAscpQccSampleUpdateRequest {
  /** 更新请求参数 */
  update_request: AlibabaAscpQccSampleUpdateUpdateSampleRequestInput;
}

/** Response of `alibaba.ascp.qcc.sample.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpQccSampleUpdateResponse {
  /** result */
  result?: AlibabaAscpQccSampleUpdateSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateSampleRequest` of `alibaba.ascp.qcc.sample.update`. */
export interface AlibabaAscpQccSampleUpdateUpdateSampleRequestInput {
  /** 请求业务数据 */
  data: AlibabaAscpQccSampleUpdateUpdateSampleDataInput;
}

/** `UpdateSampleData` of `alibaba.ascp.qcc.sample.update`. */
export interface AlibabaAscpQccSampleUpdateUpdateSampleDataInput {
  /** 厂商商品尺寸 */
  vendor_size: string;
  /** 业务系统商品编号 */
  biz_item_id: string;
}

/** `SendResult` of `alibaba.ascp.qcc.sample.update`. */
export interface AlibabaAscpQccSampleUpdateSendResult {
  /** errorMessage */
  error_message?: string;
  /** 业务系统返回结果 */
  update_response?: AlibabaAscpQccSampleUpdateUpdateSampleResponse;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `UpdateSampleResponse` of `alibaba.ascp.qcc.sample.update`. */
export interface AlibabaAscpQccSampleUpdateUpdateSampleResponse {
  /** 业务系统错误信息 */
  error_message?: string;
  /** 业务系统错误编号 */
  error_code?: string;
  /** 业务系统是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  update_request: {
    data: {
      vendor_size: 'String',
      biz_item_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    update_response: {
      error_message: 'String',
      error_code: 'String',
      success: 'Boolean',
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.qcc.sample.update`: method, response root, request and response schemas. */
export const alibabaAscpQccSampleUpdateOperation = {
  method: 'alibaba.ascp.qcc.sample.update',
  responseRoot: 'alibaba_ascp_qcc_sample_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品控中心更新样品信息 — calls TOP method `alibaba.ascp.qcc.sample.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpQccSampleUpdate(
  client: TopClient,
  request: AlibabaAscpQccSampleUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAscpQccSampleUpdateResponse> {
  return client.call<AlibabaAscpQccSampleUpdateResponse>(
    {
      method: 'alibaba.ascp.qcc.sample.update',
      responseRoot: 'alibaba_ascp_qcc_sample_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
