// Generated from specs/alsc/alibaba.alsc.crm.voucher.template.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.voucher.template.list` (获取优惠券模版列表). */
export interface AlibabaAlscCrmVoucherTemplateListRequest {
  /** 获取优惠模版规则请求参数 */
  voucher_template_open_req?: AlibabaAlscCrmVoucherTemplateListVoucherTemplateOpenReqInput;
}

/** Response of `alibaba.alsc.crm.voucher.template.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmVoucherTemplateListResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmVoucherTemplateListCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VoucherTemplateOpenReq` of `alibaba.alsc.crm.voucher.template.list`. */
export interface AlibabaAlscCrmVoucherTemplateListVoucherTemplateOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 已删除数据 */
  deleted?: boolean;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
  /** 第几页,从1开始计数 */
  page_no?: Int64Input;
  /** 第几页,从1开始计数 */
  page_size?: Int64Input;
  /** SaaS门店ID */
  shop_id?: string;
  /** UNUSED,USED,NO_INVENTORY,INVALID, 未使用,使用中,无库存,已失效 */
  status_list?: string[];
  /** 最后ID */
  last_id?: string;
  /** 模版ID */
  voucher_template_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.voucher.template.list`. */
export interface AlibabaAlscCrmVoucherTemplateListCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 当前每页显示数量 */
  page_size?: Int64;
  /** 获取优惠券模版列表 */
  result_list?: AlibabaAlscCrmVoucherTemplateListVoucherTemplateOpenInfo[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
  /** 总页数 */
  total_page?: Int64;
  /** 总数量 */
  total_size?: Int64;
}

/** `VoucherTemplateOpenInfo` of `alibaba.alsc.crm.voucher.template.list`. */
export interface AlibabaAlscCrmVoucherTemplateListVoucherTemplateOpenInfo {
  /** {\"type\":0,\"settings\":[{\"dayStartTime\":\"00:00\",\"dayEndTime\":\"23:59\",\"week\":[]}]} type:0不限制，1限制 dayStartTime:开始时间 dayEndTime:结束时间 week:1,2,3,4,5,6,7 */
  available_time?: string;
  /** 使用说明 */
  description?: string;
  /** 绝对日期中的结束时间 */
  end_time?: string;
  /** 扩展字段 */
  ext_info?: string;
  /** 库存数量 */
  inventory?: Int64;
  /** 适用商品范围 值：ALL，PART_AVAILABLE，PART_UNAVAILABLE * 说明：全部商品可用，部分商品可用，部分商品不可用 */
  item_coverage?: string;
  /** 1 */
  item_selected_open_info_list?: AlibabaAlscCrmVoucherTemplateListItemSelectedOpenInfo[];
  /** 最低消费 */
  min_charge?: Int64;
  /** 券模板名称 */
  name?: string;
  /** 1 */
  shop_selected_open_info_list?: AlibabaAlscCrmVoucherTemplateListShopSelectedOpenInfo[];
  /** 绝对日期中的开始时间 */
  start_time?: string;
  /** // 未使用 UNUSED, // 使用中 USED, // 无库存 NO_INVENTORY, // 已失效 INVALID, ; */
  status?: string;
  /** 相对日期中的当天是否有效 */
  today_available?: boolean;
  /** 券模板类型 * 值：GIFT、DISCOUNT、CASH * 说明：礼品券、礼品券、礼品券 */
  type?: string;
  /** 使用场景DINE_IN 堂食,TAKE_OUT外卖 */
  use_condition?: string;
  /** 每人限领 */
  user_limit?: Int64;
  /** 券有效期类型 值： FIXED、RELATIVE * 说明： 绝对时间，相对于用户领券时间 */
  valid_date_type?: string;
  /** 相对日期中的有效天数 */
  valid_day_count?: Int64;
  /** 模版ID */
  voucher_template_id?: string;
  /** 是否删除 */
  deleted?: boolean;
  /** 面额 */
  denomination?: string;
  /** 更新人 */
  update_by?: string;
  /** 创建人 */
  create_by?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
}

/** `ItemSelectedOpenInfo` of `alibaba.alsc.crm.voucher.template.list`. */
export interface AlibabaAlscCrmVoucherTemplateListItemSelectedOpenInfo {
  /** 规则ID */
  sku_id?: string;
  /** 菜品ID */
  dish_id?: string;
  /** 外部菜品ID */
  dish_out_no?: string;
  /** 外部规则ID */
  sku_out_no?: string;
}

/** `ShopSelectedOpenInfo` of `alibaba.alsc.crm.voucher.template.list`. */
export interface AlibabaAlscCrmVoucherTemplateListShopSelectedOpenInfo {
  /** 门店ID */
  shop_id?: string;
  /** 外部门店ID */
  out_shop_id?: string;
}

const REQUEST_SCHEMA = {
  voucher_template_open_req: {
    brand_id: 'String',
    deleted: 'Boolean',
    gmt_modified: 'String',
    out_brand_id: 'String',
    out_shop_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    shop_id: 'String',
    status_list: ['String'],
    last_id: 'String',
    voucher_template_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    has_next_page: 'Boolean',
    page_size: 'Number',
    result_list: [
      {
        available_time: 'String',
        description: 'String',
        end_time: 'String',
        ext_info: 'String',
        inventory: 'Number',
        item_coverage: 'String',
        item_selected_open_info_list: [
          {
            sku_id: 'String',
            dish_id: 'String',
            dish_out_no: 'String',
            sku_out_no: 'String',
          },
        ],
        min_charge: 'Number',
        name: 'String',
        shop_selected_open_info_list: [
          {
            shop_id: 'String',
            out_shop_id: 'String',
          },
        ],
        start_time: 'String',
        status: 'String',
        today_available: 'Boolean',
        type: 'String',
        use_condition: 'String',
        user_limit: 'Number',
        valid_date_type: 'String',
        valid_day_count: 'Number',
        voucher_template_id: 'String',
        deleted: 'Boolean',
        denomination: 'String',
        update_by: 'String',
        create_by: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_page: 'Number',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.voucher.template.list`: method, response root, request and response schemas. */
export const alibabaAlscCrmVoucherTemplateListOperation = {
  method: 'alibaba.alsc.crm.voucher.template.list',
  responseRoot: 'alibaba_alsc_crm_voucher_template_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取优惠券模版列表 — calls TOP method `alibaba.alsc.crm.voucher.template.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmVoucherTemplateList(
  client: TopClient,
  request: AlibabaAlscCrmVoucherTemplateListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmVoucherTemplateListResponse> {
  return client.call<AlibabaAlscCrmVoucherTemplateListResponse>(
    {
      method: 'alibaba.alsc.crm.voucher.template.list',
      responseRoot: 'alibaba_alsc_crm_voucher_template_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
