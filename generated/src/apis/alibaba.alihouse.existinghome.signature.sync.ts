// Generated from specs/alihouse/alibaba.alihouse.existinghome.signature.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.signature.sync` (二手房电子签章数据同步). */
export interface AlibabaAlihouseExistinghomeSignatureSyncRequest {
  /** 电子签章实体对象 */
  electric_signature_dto: AlibabaAlihouseExistinghomeSignatureSyncElectricSignatureDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.signature.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeSignatureSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeSignatureSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ElectricSignatureDto` of `alibaba.alihouse.existinghome.signature.sync`. */
export interface AlibabaAlihouseExistinghomeSignatureSyncElectricSignatureDtoInput {
  /** 外部电子印章ID */
  outer_signature_id: string;
  /** 电子印章名称 */
  signature_name?: string;
  /** 电子签章形状(1-圆章 2-椭圆章) */
  signature_type?: Int64Input;
  /** 电子签章颜色(1-红色 2-蓝色 3-黑色) */
  signature_color?: Int64Input;
  /** 中心图案类型(1-圆形有五角星 2-圆形无五角星) */
  center_pattern?: Int64Input;
  /** 横向文 */
  horizontal_text?: string;
  /** 下弦文 */
  backspin_text?: string;
  /** 是否生效 */
  is_valid: Int64Input;
  /** 经营主体ID */
  merchant_open_id?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.signature.sync`. */
export interface AlibabaAlihouseExistinghomeSignatureSyncResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: string;
}

const REQUEST_SCHEMA = {
  electric_signature_dto: {
    outer_signature_id: 'String',
    signature_name: 'String',
    signature_type: 'Number',
    signature_color: 'Number',
    center_pattern: 'Number',
    horizontal_text: 'String',
    backspin_text: 'String',
    is_valid: 'Number',
    merchant_open_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.signature.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeSignatureSyncOperation = {
  method: 'alibaba.alihouse.existinghome.signature.sync',
  responseRoot: 'alibaba_alihouse_existinghome_signature_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房电子签章数据同步 — calls TOP method `alibaba.alihouse.existinghome.signature.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeSignatureSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeSignatureSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeSignatureSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeSignatureSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.signature.sync',
      responseRoot: 'alibaba_alihouse_existinghome_signature_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
