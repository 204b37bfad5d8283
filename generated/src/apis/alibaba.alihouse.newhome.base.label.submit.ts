// Generated from specs/alihouse/alibaba.alihouse.newhome.base.label.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.base.label.submit` (提交标签库). */
export interface AlibabaAlihouseNewhomeBaseLabelSubmitRequest {
  /**
   * 标签列表
   *
   * Max list size: 999
   */
  labels?: AlibabaAlihouseNewhomeBaseLabelSubmitBaseLabelDtoInput[];
}

/** Response of `alibaba.alihouse.newhome.base.label.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeBaseLabelSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeBaseLabelSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseLabelDto` of `alibaba.alihouse.newhome.base.label.submit`. */
export interface AlibabaAlihouseNewhomeBaseLabelSubmitBaseLabelDtoInput {
  /** 父级业务 */
  parent_business?: string;
  /** 业务 */
  business?: string;
  /** 分类 */
  type?: string;
  /** 标签ID */
  label_id?: string;
  /** 标签名称 */
  label_name?: string;
  /** 类型ID */
  type_id?: string;
  /** 业务ID */
  business_id?: string;
  /** 父级业务ID */
  parent_business_id?: string;
  /** 业务类型0-新房 1-二手房 */
  biz_type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.base.label.submit`. */
export interface AlibabaAlihouseNewhomeBaseLabelSubmitResult {
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  labels: [
    {
      parent_business: 'String',
      business: 'String',
      type: 'String',
      label_id: 'String',
      label_name: 'String',
      type_id: 'String',
      business_id: 'String',
      parent_business_id: 'String',
      biz_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.base.label.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeBaseLabelSubmitOperation = {
  method: 'alibaba.alihouse.newhome.base.label.submit',
  responseRoot: 'alibaba_alihouse_newhome_base_label_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交标签库 — calls TOP method `alibaba.alihouse.newhome.base.label.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeBaseLabelSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeBaseLabelSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeBaseLabelSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeBaseLabelSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.base.label.submit',
      responseRoot: 'alibaba_alihouse_newhome_base_label_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
