// Generated from specs/scbp/alibaba.scbp.ad.target.tag.get.all.enable.tag.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list` (查询所有可添加标签信息). */
export interface AlibabaScbpAdTargetTagGetAllEnableTagListRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdTargetTagGetAllEnableTagListTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 全部类型（all）,人群（crowd），地域（region） */
  type: string;
}

/** Response of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdTargetTagGetAllEnableTagListResponse {
  /** 返回实体 */
  result_list?: AlibabaScbpAdTargetTagGetAllEnableTagListAdsTargetingTagDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`. */
export interface AlibabaScbpAdTargetTagGetAllEnableTagListTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `AdsTargetingTagDto` of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`. */
export interface AlibabaScbpAdTargetTagGetAllEnableTagListAdsTargetingTagDto {
  /** 层级（0,1,2） */
  level?: Int64;
  /** 标签值 */
  option_value?: string;
  /** 标签名（标签描述为空时，取标签名） */
  name?: string;
  /** 标签描述（标签名为空时，取标签描述） */
  desc?: string;
  /** 返回实体子级 */
  sub_list?: AlibabaScbpAdTargetTagGetAllEnableTagListTagDefineDto[];
}

/** `TagDefineDto` of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`. */
export interface AlibabaScbpAdTargetTagGetAllEnableTagListTagDefineDto {
  /** 层级（0,1,2） */
  level?: Int64;
  /** 标签值 */
  option_value?: string;
  /** 标签名（标签描述为空时，取标签名） */
  name?: string;
  /** 标签描述（标签名为空时，取标签描述） */
  desc?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      level: 'Number',
      option_value: 'String',
      name: 'String',
      desc: 'String',
      sub_list: [
        {
          level: 'Number',
          option_value: 'String',
          name: 'String',
          desc: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`: method, response root, request and response schemas. */
export const alibabaScbpAdTargetTagGetAllEnableTagListOperation = {
  method: 'alibaba.scbp.ad.target.tag.get.all.enable.tag.list',
  responseRoot: 'alibaba_scbp_ad_target_tag_get_all_enable_tag_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询所有可添加标签信息 — calls TOP method `alibaba.scbp.ad.target.tag.get.all.enable.tag.list`.
 *
 * 查询标签数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdTargetTagGetAllEnableTagList(
  client: TopClient,
  request: AlibabaScbpAdTargetTagGetAllEnableTagListRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdTargetTagGetAllEnableTagListResponse> {
  return client.call<AlibabaScbpAdTargetTagGetAllEnableTagListResponse>(
    {
      method: 'alibaba.scbp.ad.target.tag.get.all.enable.tag.list',
      responseRoot: 'alibaba_scbp_ad_target_tag_get_all_enable_tag_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
