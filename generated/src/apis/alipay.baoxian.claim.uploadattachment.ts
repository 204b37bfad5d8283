// Generated from specs/baoxian/alipay.baoxian.claim.uploadattachment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alipay.baoxian.claim.uploadattachment` (资料上传接口). */
export interface AlipayBaoxianClaimUploadattachmentRequest {
  /** 外部业务号，唯一 */
  out_biz_no: string;
  /** 业务来源 */
  biz_source?: string;
  /** 标准产品ID */
  sp_no?: string;
  /** 文件名,必须带后缀名。例如：test.png,test.doc,test.pdf */
  attachment_key: string;
  /** 文件字节数组 */
  attachment_byte: TopFile;
  /** 是否base格式的字节数组 */
  base64_bytes?: boolean;
  /** 保单外部业务单号 */
  policy_biz_no?: string;
  /** 上传者用户标识 */
  upload_user: string;
}

/** Response of `alipay.baoxian.claim.uploadattachment`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlipayBaoxianClaimUploadattachmentResponse {
  /** result */
  upload_result?: AlipayBaoxianClaimUploadattachmentUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UploadResult` of `alipay.baoxian.claim.uploadattachment`. */
export interface AlipayBaoxianClaimUploadattachmentUploadResult {
  /** model */
  model?: AlipayBaoxianClaimUploadattachmentInsAttachmentUploadVo;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** isSuccess */
  is_success?: boolean;
}

/** `InsAttachmentUploadVo` of `alipay.baoxian.claim.uploadattachment`. */
export interface AlipayBaoxianClaimUploadattachmentInsAttachmentUploadVo {
  /** ossPath */
  oss_path?: string;
  /** eTag */
  e_tag?: string;
  /** size */
  size?: Int64;
}

const REQUEST_SCHEMA = {
  out_biz_no: 'String',
  biz_source: 'String',
  sp_no: 'String',
  attachment_key: 'String',
  attachment_byte: 'byte[]',
  base64_bytes: 'Boolean',
  policy_biz_no: 'String',
  upload_user: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  upload_result: {
    model: {
      oss_path: 'String',
      e_tag: 'String',
      size: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alipay.baoxian.claim.uploadattachment`: method, response root, request and response schemas. */
export const alipayBaoxianClaimUploadattachmentOperation = {
  method: 'alipay.baoxian.claim.uploadattachment',
  responseRoot: 'alipay_baoxian_claim_uploadattachment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资料上传接口 — calls TOP method `alipay.baoxian.claim.uploadattachment`.
 *
 * 给合作伙伴上传申请理赔材料
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alipayBaoxianClaimUploadattachment(
  client: TopClient,
  request: AlipayBaoxianClaimUploadattachmentRequest,
  options?: CallOptions,
): Promise<AlipayBaoxianClaimUploadattachmentResponse> {
  return client.call<AlipayBaoxianClaimUploadattachmentResponse>(
    {
      method: 'alipay.baoxian.claim.uploadattachment',
      responseRoot: 'alipay_baoxian_claim_uploadattachment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
