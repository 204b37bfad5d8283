// Generated from specs/alihouse/alibaba.alihouse.admin.theme.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.admin.theme.update` (云主题更新). */
export interface AlibabaAlihouseAdminThemeUpdateRequest {
  /** 请求云主题参数 */
  etc_theme_dto: AlibabaAlihouseAdminThemeUpdateEtcThemeDTOInput;
}

/** Response of `alibaba.alihouse.admin.theme.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseAdminThemeUpdateResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseAdminThemeUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EtcThemeDTO` of `alibaba.alihouse.admin.theme.update`. */
export interface AlibabaAlihouseAdminThemeUpdateEtcThemeDTOInput {
  /** 外部主键 */
  outer_id: string;
  /** 标题 */
  title: string;
  /** 副标题 */
  descr: string;
  /** 城市编码,逗号隔开 */
  city_codes: string;
  /** 数据来源 */
  detail_data_source: Int64Input;
  /** 详情头图 */
  detail_image: string;
  /** 是否在头图展示标题与副标题 1：不展示 2：展示 */
  detail_show_title: Int64Input;
  /** 详情色值 */
  detail_color_val: string;
  /** 主题模板id（cardType为主题详情卡片） */
  detail_theme_template_id: Int64Input;
  /** 是否展示留资组件（0: 否 1：是） */
  detail_show_fetch_info_component: Int64Input;
  /** 分类(1:价格，2：面积，3:户型 4: 居住体验，5:人群，6:销售状态，7:优选好房，8:周边配套，9:价格+面积，10:价格+户型，11:面积+户型，12:榜单城市化，13:楼盘时刻，14:楼盘属性，15:需求类型，16:权益，17:城市化) */
  category: Int64Input;
  /** 主题最小内容数量。内容大于等于此值的主题才会被透出到场景中 */
  min_content_num: Int64Input;
  /** 手动导入的商品信息 */
  theme_detail_excels: AlibabaAlihouseAdminThemeUpdateEtcThemeDetailExcelDTOInput[];
}

/** `EtcThemeDetailExcelDTO` of `alibaba.alihouse.admin.theme.update`. */
export interface AlibabaAlihouseAdminThemeUpdateEtcThemeDetailExcelDTOInput {
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

/** `Result` of `alibaba.alihouse.admin.theme.update`. */
export interface AlibabaAlihouseAdminThemeUpdateResult {
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
    title: 'String',
    descr: 'String',
    city_codes: 'String',
    detail_data_source: 'Number',
    detail_image: 'String',
    detail_show_title: 'Number',
    detail_color_val: 'String',
    detail_theme_template_id: 'Number',
    detail_show_fetch_info_component: 'Number',
    category: 'Number',
    min_content_num: 'Number',
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

/** Static description of `alibaba.alihouse.admin.theme.update`: method, response root, request and response schemas. */
export const alibabaAlihouseAdminThemeUpdateOperation = {
  method: 'alibaba.alihouse.admin.theme.update',
  responseRoot: 'alibaba_alihouse_admin_theme_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云主题更新 — calls TOP method `alibaba.alihouse.admin.theme.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseAdminThemeUpdate(
  client: TopClient,
  request: AlibabaAlihouseAdminThemeUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseAdminThemeUpdateResponse> {
  return client.call<AlibabaAlihouseAdminThemeUpdateResponse>(
    {
      method: 'alibaba.alihouse.admin.theme.update',
      responseRoot: 'alibaba_alihouse_admin_theme_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
