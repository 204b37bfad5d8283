// Generated from specs/flight/alitrip.policy.normal.compression.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alitrip.policy.normal.compression.upload` (大批量上传普通类型的单程/往返政策). */
export interface AlitripPolicyNormalCompressionUploadRequest {
  /** alitrip.policy.normal.upload接口的参数经过压缩后得到的字节数组，生成的文件 */
  file: TopFile;
}

/** Response of `alitrip.policy.normal.compression.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicyNormalCompressionUploadResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripPolicyNormalCompressionUploadResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `alitrip.policy.normal.compression.upload`. */
export interface AlitripPolicyNormalCompressionUploadResultDTO {
  /** 创建&删除结果参数 */
  data?: AlitripPolicyNormalCompressionUploadPolicyCreateResponseDTO;
  /** 执行结果 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
}

/** `PolicyCreateResponseDTO` of `alitrip.policy.normal.compression.upload`. */
export interface AlitripPolicyNormalCompressionUploadPolicyCreateResponseDTO {
  /** 创建结果 */
  create_result?: AlitripPolicyNormalCompressionUploadResultDto;
  /** 删除结果 */
  delete_result?: AlitripPolicyNormalCompressionUploadResultDto;
}

/** `ResultDto` of `alitrip.policy.normal.compression.upload`. */
export interface AlitripPolicyNormalCompressionUploadResultDto {
  /** 任务id */
  data?: Int64;
  /** 任务失败错误码 */
  error_code?: string;
  /** 任务失败错误原因 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  file: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      create_result: {
        data: 'Number',
        error_code: 'String',
        error_msg: 'String',
        success: 'Boolean',
      },
      delete_result: {
        data: 'Number',
        error_code: 'String',
        error_msg: 'String',
        success: 'Boolean',
      },
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.policy.normal.compression.upload`: method, response root, request and response schemas. */
export const alitripPolicyNormalCompressionUploadOperation = {
  method: 'alitrip.policy.normal.compression.upload',
  responseRoot: 'alitrip_policy_normal_compression_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大批量上传普通类型的单程/往返政策 — calls TOP method `alitrip.policy.normal.compression.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicyNormalCompressionUpload(
  client: TopClient,
  request: AlitripPolicyNormalCompressionUploadRequest,
  options?: CallOptions,
): Promise<AlitripPolicyNormalCompressionUploadResponse> {
  return client.call<AlitripPolicyNormalCompressionUploadResponse>(
    {
      method: 'alitrip.policy.normal.compression.upload',
      responseRoot: 'alitrip_policy_normal_compression_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
