// Generated from specs/alihealthcrm/alibaba.alihealth.pregnancy.navigateinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pregnancy.navigateinfo.query` (查询底导数据). */
export interface AlibabaAlihealthPregnancyNavigateinfoQueryRequest {
  /** 用户id */
  user_id: Int64Input;
}

/** Response of `alibaba.alihealth.pregnancy.navigateinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPregnancyNavigateinfoQueryResponse {
  /** 结果集 */
  result?: AlibabaAlihealthPregnancyNavigateinfoQueryTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.pregnancy.navigateinfo.query`. */
export interface AlibabaAlihealthPregnancyNavigateinfoQueryTopResultModel {
  /** model */
  model?: AlibabaAlihealthPregnancyNavigateinfoQueryModel;
  /** 响应码 */
  msg_code?: string;
  /** 相应信息 */
  msg_info?: string;
}

/** `Model` of `alibaba.alihealth.pregnancy.navigateinfo.query`. */
export interface AlibabaAlihealthPregnancyNavigateinfoQueryModel {
  /** list */
  list?: AlibabaAlihealthPregnancyNavigateinfoQueryContent[];
}

/** `Content` of `alibaba.alihealth.pregnancy.navigateinfo.query`. */
export interface AlibabaAlihealthPregnancyNavigateinfoQueryContent {
  /** 标题 */
  title?: string;
  /** 跳转链接 */
  link?: string;
  /** 卡片code 0=首页 ， 2544 =减重卡片，41596=孕产，64999=育儿，5122=备孕 */
  tag_code?: string;
  /** 卡片状态 */
  status?: Int64;
  /** 卡片已开启数 */
  open_count?: Int64;
  /** 点击后的图标 */
  img_url_clicked?: string;
  /** 未点击时的图标 */
  img_url?: string;
  /** 字体颜色，第一个为未点击时的，第二个为点击后的 */
  color?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      list: [
        {
          title: 'String',
          link: 'String',
          tag_code: 'String',
          status: 'Number',
          open_count: 'Number',
          img_url_clicked: 'String',
          img_url: 'String',
          color: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pregnancy.navigateinfo.query`: method, response root, request and response schemas. */
export const alibabaAlihealthPregnancyNavigateinfoQueryOperation = {
  method: 'alibaba.alihealth.pregnancy.navigateinfo.query',
  responseRoot: 'alibaba_alihealth_pregnancy_navigateinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询底导数据 — calls TOP method `alibaba.alihealth.pregnancy.navigateinfo.query`.
 *
 * 备孕管理--获取底部导航信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPregnancyNavigateinfoQuery(
  client: TopClient,
  request: AlibabaAlihealthPregnancyNavigateinfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthPregnancyNavigateinfoQueryResponse> {
  return client.call<AlibabaAlihealthPregnancyNavigateinfoQueryResponse>(
    {
      method: 'alibaba.alihealth.pregnancy.navigateinfo.query',
      responseRoot: 'alibaba_alihealth_pregnancy_navigateinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
