// Generated from specs/alihouse/alibaba.alihouse.admin.theme.hot.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.admin.theme.hot.update` (云主题热更新数据集). */
export interface AlibabaAlihouseAdminThemeHotUpdateRequest {
  /** 请求云主题参数 */
  etc_theme_dto: AlibabaAlihouseAdminThemeHotUpdateEtcThemeDTOInput;
}

/** Response of `alibaba.alihouse.admin.theme.hot.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseAdminThemeHotUpdateResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseAdminThemeHotUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EtcThemeDTO` of `alibaba.alihouse.admin.theme.hot.update`. */
export interface AlibabaAlihouseAdminThemeHotUpdateEtcThemeDTOInput {
  /** 外部主键 */
  outer_id: string;
  /** 手动导入的商品信息 */
  theme_detail_excels: AlibabaAlihouseAdminThemeHotUpdateEtcThemeDetailExcelDTOInput[];
}

/** `EtcThemeDetailExcelDTO` of `alibaba.alihouse.admin.theme.hot.update`. */
export interface AlibabaAlihouseAdminThemeHotUpdateEtcThemeDetailExcelDTOInput {
  /** 业务id */
  outer_id: string;
  /** 类型(1:楼盘 2:房源 3:文章 4:视频 5:评测 6:banner 7:品牌 8:抽奖 9:二手房小区 10:其他 11:租房 12:内容 13: "交易商品" 14: 二手房委托云主题 15: 租房委托云主题 */
  biz_type: Int64Input;
  /** 外部小区id */
  outer_project_id?: string;
  /** 10-集中式模式 11-分散式模式 */
  project_type?: Int64Input;
  /** 排序 */
  sort: Int64Input;
}

/** `Result` of `alibaba.alihouse.admin.theme.hot.update`. */
export interface AlibabaAlihouseAdminThemeHotUpdateResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  etc_theme_dto: {
    outer_id: 'String',
    theme_detail_excels: [
      {
        outer_id: 'String',
        biz_type: 'Number',
        outer_project_id: 'String',
        project_type: 'Number',
        sort: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.admin.theme.hot.update`: method, response root, request and response schemas. */
export const alibabaAlihouseAdminThemeHotUpdateOperation = {
  method: 'alibaba.alihouse.admin.theme.hot.update',
  responseRoot: 'alibaba_alihouse_admin_theme_hot_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云主题热更新数据集 — calls TOP method `alibaba.alihouse.admin.theme.hot.update`.
 *
 * 云主题更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseAdminThemeHotUpdate(
  client: TopClient,
  request: AlibabaAlihouseAdminThemeHotUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseAdminThemeHotUpdateResponse> {
  return client.call<AlibabaAlihouseAdminThemeHotUpdateResponse>(
    {
      method: 'alibaba.alihouse.admin.theme.hot.update',
      responseRoot: 'alibaba_alihouse_admin_theme_hot_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
