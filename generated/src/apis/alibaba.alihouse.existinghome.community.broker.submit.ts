// Generated from specs/alihouse/alibaba.alihouse.existinghome.community.broker.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.community.broker.submit` (提交小区专家). */
export interface AlibabaAlihouseExistinghomeCommunityBrokerSubmitRequest {
  /** 小区专家关系 */
  relation_dto?: AlibabaAlihouseExistinghomeCommunityBrokerSubmitSubmitCommunityAgentRelationDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.community.broker.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeCommunityBrokerSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeCommunityBrokerSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubmitCommunityAgentRelationDto` of `alibaba.alihouse.existinghome.community.broker.submit`. */
export interface AlibabaAlihouseExistinghomeCommunityBrokerSubmitSubmitCommunityAgentRelationDtoInput {
  /** 专家列表 */
  out_consulatant_infos?: AlibabaAlihouseExistinghomeCommunityBrokerSubmitCommunityAgentRelationDtoInput[];
  /** 外部小区ID */
  outer_community_id?: string;
  /** 业务域 */
  business_type?: Int64Input;
}

/** `CommunityAgentRelationDto` of `alibaba.alihouse.existinghome.community.broker.submit`. */
export interface AlibabaAlihouseExistinghomeCommunityBrokerSubmitCommunityAgentRelationDtoInput {
  /** 类型 1-指定专家 2-系统认定专家 */
  type?: Int64Input;
  /** 外部经纪人ID */
  outer_consultant_id?: string;
  /** 是否测试 0-否 1-是 */
  is_test?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.community.broker.submit`. */
export interface AlibabaAlihouseExistinghomeCommunityBrokerSubmitResult {
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  relation_dto: {
    out_consulatant_infos: [
      {
        type: 'Number',
        outer_consultant_id: 'String',
        is_test: 'Number',
      },
    ],
    outer_community_id: 'String',
    business_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.community.broker.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeCommunityBrokerSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.community.broker.submit',
  responseRoot: 'alibaba_alihouse_existinghome_community_broker_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交小区专家 — calls TOP method `alibaba.alihouse.existinghome.community.broker.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeCommunityBrokerSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeCommunityBrokerSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeCommunityBrokerSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomeCommunityBrokerSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.community.broker.submit',
      responseRoot: 'alibaba_alihouse_existinghome_community_broker_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
