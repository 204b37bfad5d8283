// Generated from specs/alsc/alibaba.alsc.crm.menu.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.menu.list` (获取特价菜单). */
export interface AlibabaAlscCrmMenuListRequest {
  /** 获取特价菜单请求参数 */
  menu_open_req?: AlibabaAlscCrmMenuListMenuOpenReqInput;
}

/** Response of `alibaba.alsc.crm.menu.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmMenuListResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmMenuListCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MenuOpenReq` of `alibaba.alsc.crm.menu.list`. */
export interface AlibabaAlscCrmMenuListMenuOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 已删除数据 */
  deleted?: boolean;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 是否需要总数 */
  need_count?: boolean;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 第几页,从1开始计数 */
  page_no?: Int64Input;
  /** 每页大小，默认20 */
  page_size?: Int64Input;
  /** SaaS门店ID */
  shop_id?: string;
  /** 最后ID */
  last_id?: string;
  /** 特价菜单ID */
  menu_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.menu.list`. */
export interface AlibabaAlscCrmMenuListCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: string;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 当前每页显示数量 */
  page_size?: string;
  /** 返回结果 */
  result_list?: AlibabaAlscCrmMenuListMenuOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
  /** 总页数 */
  total_page?: string;
  /** 总数量 */
  total_size?: string;
}

/** `MenuOpenInfo` of `alibaba.alsc.crm.menu.list`. */
export interface AlibabaAlscCrmMenuListMenuOpenInfo {
  /** 生效时段结束 */
  effect_end?: string;
  /** 生效时段起始 */
  effect_start?: string;
  /** 菜品集合 */
  menu_detail_open_info_list?: AlibabaAlscCrmMenuListMenuDetailOpenInfo[];
  /** 特价菜单id */
  menu_id?: string;
  /** 特价菜单名称 */
  name?: string;
  /** 统一折扣价 */
  pro_discount?: string;
  /** 特价模式：统一折扣、不同菜不同折扣 */
  pro_mode?: string;
  /** 是否逻辑删除 */
  deleted?: boolean;
  /** 更新时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
}

/** `MenuDetailOpenInfo` of `alibaba.alsc.crm.menu.list`. */
export interface AlibabaAlscCrmMenuListMenuDetailOpenInfo {
  /** 折扣率 */
  pro_discount?: string;
  /** 0-折扣，1-固定价 */
  pro_type?: string;
  /** 规格ID */
  sku_id?: string;
  /** 外部规菜品D */
  dish_out_no?: string;
  /** 外部规则ID */
  sku_out_no?: string;
  /** 菜品ID */
  dish_id?: string;
  /** 固定价 */
  pro_price?: Int64;
}

const REQUEST_SCHEMA = {
  menu_open_req: {
    brand_id: 'String',
    deleted: 'Boolean',
    gmt_modified: 'String',
    need_count: 'Boolean',
    out_brand_id: 'String',
    out_shop_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    shop_id: 'String',
    last_id: 'String',
    menu_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'String',
    has_next_page: 'Boolean',
    page_size: 'String',
    result_list: [
      {
        effect_end: 'String',
        effect_start: 'String',
        menu_detail_open_info_list: [
          {
            pro_discount: 'String',
            pro_type: 'String',
            sku_id: 'String',
            dish_out_no: 'String',
            sku_out_no: 'String',
            dish_id: 'String',
            pro_price: 'Number',
          },
        ],
        menu_id: 'String',
        name: 'String',
        pro_discount: 'String',
        pro_mode: 'String',
        deleted: 'Boolean',
        gmt_modified: 'Date',
        gmt_create: 'Date',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_page: 'String',
    total_size: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.menu.list`: method, response root, request and response schemas. */
export const alibabaAlscCrmMenuListOperation = {
  method: 'alibaba.alsc.crm.menu.list',
  responseRoot: 'alibaba_alsc_crm_menu_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取特价菜单 — calls TOP method `alibaba.alsc.crm.menu.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmMenuList(
  client: TopClient,
  request: AlibabaAlscCrmMenuListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmMenuListResponse> {
  return client.call<AlibabaAlscCrmMenuListResponse>(
    {
      method: 'alibaba.alsc.crm.menu.list',
      responseRoot: 'alibaba_alsc_crm_menu_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
