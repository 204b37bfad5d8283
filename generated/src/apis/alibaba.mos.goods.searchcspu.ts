// Generated from specs/moscm/alibaba.mos.goods.searchcspu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.searchcspu` (cspu查询). */
export interface AlibabaMosGoodsSearchcspuRequest {
  /** 组合查询对象 */
  param_cspu_criteria?: AlibabaMosGoodsSearchcspuCspuCriteriaInput;
  /** 分页参数 */
  param_paginator: AlibabaMosGoodsSearchcspuPaginatorInput;
}

/** Response of `alibaba.mos.goods.searchcspu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsSearchcspuResponse {
  /** data */
  data?: AlibabaMosGoodsSearchcspuPagedList;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CspuCriteria` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuCspuCriteriaInput {
  /** 货号 */
  art_nos?: string[];
  /** 条码列表 */
  barcodes?: string[];
  /** 品牌id列表 */
  brand_ids?: string[];
  /** 类目 */
  cat_ids?: string[];
  /** 按创建时间查询结束条件 */
  create_date_end?: DateInput;
  /** 按创建时间查询开始条件 */
  create_date_start?: DateInput;
  /** cspu编码 */
  cspu_ids?: string[];
  /** 模糊查询 */
  keyword?: string;
  /** 属性值id列表 */
  property_value_ids?: string[];
  /** spuId列表 */
  spu_ids?: string[];
  /** 款号 */
  style_no?: string;
}

/** `Paginator` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuPaginatorInput {
  /** 当前页码 */
  page?: Int64Input;
  /** 每页显示多少条记录 */
  page_size?: Int64Input;
}

/** `PagedList` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuPagedList {
  /** 当前页 */
  current_page?: Int64;
  /** 数据结果集 */
  list?: AlibabaMosGoodsSearchcspuCspudto[];
  /** 每页获取多少条记录 */
  page_size?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `Cspudto` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuCspudto {
  /** 货号 */
  art_no?: string;
  /** 条码 */
  barcode?: string;
  /** 创建时间 */
  created?: string;
  /** 创建人唯一标识 */
  creator_id?: string;
  /** 唯一标识 */
  id?: string;
  /** 商品级别 */
  level?: Int64;
  /** 修改时间 */
  modified?: string;
  /** 修改人唯一标识 */
  modifier_id?: string;
  /** 外部商品Id */
  out_id?: string;
  /** 商品属性 */
  properties?: AlibabaMosGoodsSearchcspuPropertyDto[];
  /** spu */
  spu?: AlibabaMosGoodsSearchcspuSpudto;
  /** 是否标准产品 */
  standard?: boolean;
  /** 当前状态:删除(-1),正常(1） */
  status?: Int64;
  /** 款号 */
  style_no?: string;
  /** 子标题 */
  sub_title?: string;
  /** 吊牌价,单位:元 */
  tag_price?: string;
  /** 标题 */
  title?: string;
  /** userType */
  user_type?: string;
}

/** `PropertyDto` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuPropertyDto {
  /** 属性别名 */
  p_alias?: string;
  /** 自定义属性名称 */
  p_custom_name?: string;
  /** 属性ID */
  p_id?: string;
  /** 属性名称，如：颜色 */
  p_name?: string;
  /** 属性别名 */
  v_alias?: string;
  /** 自定义属性值名称 */
  v_custom_name?: string;
  /** 属性值Id */
  v_id?: string;
  /** 属性值名称 */
  v_name?: string;
  /** 图片地址 */
  img_url?: string;
  /** 排序值 */
  order?: Int64;
  /** 属性类型：sale, nonCritical, critical */
  property_type?: string;
}

/** `Spudto` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuSpudto {
  /** 条码信息 */
  barcode_str?: string;
  /** 品牌唯一标识 */
  brand_id?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 类目名称 */
  cat_name?: string;
  /** 类目唯一标识 */
  cid?: string;
  /** 创建时间 */
  created?: string;
  /** 唯一标识 */
  id?: string;
  /** 是否新品,默认true */
  is_new?: boolean;
  /** 商品级别:1.天猫，2.线上，3.单品，4.原始 */
  level?: Int64;
  /** 透明素材图 */
  material?: string;
  /** m站产品描述 */
  mdesc?: string;
  /** 修改时间 */
  modified?: string;
  /** pc端产品描述 */
  pc_desc?: string;
  /** 图片地址 */
  pic_url?: string;
  /** 吊牌价,单位:元 */
  price?: string;
  /** 产品唯一标识 */
  product_id?: string;
  /** 商品图片集合 */
  product_imgs?: AlibabaMosGoodsSearchcspuProductImgDto[];
  /** 属性 */
  props?: AlibabaMosGoodsSearchcspuPropertyDto[];
  /** 产品评分次数 */
  rate_num?: Int64;
  /** 产品卖点描述，长度限制在20个汉字 */
  sell_pt?: string;
  /** 产品状态：删除(-1),正常(1) */
  status?: Int64;
  /** 款号 */
  style_no?: string;
  /** 子标题 */
  sub_title?: string;
  /** 扩展属性 */
  tags?: string;
  /** 产品名称 */
  title?: string;
}

/** `ProductImgDto` of `alibaba.mos.goods.searchcspu`. */
export interface AlibabaMosGoodsSearchcspuProductImgDto {
  /** 唯一标识 */
  id?: Int64;
  /** 排序值 */
  position?: Int64;
  /** 图片绝对地址 */
  url?: string;
}

const REQUEST_SCHEMA = {
  param_cspu_criteria: {
    art_nos: ['String'],
    barcodes: ['String'],
    brand_ids: ['String'],
    cat_ids: ['String'],
    create_date_end: 'Date',
    create_date_start: 'Date',
    cspu_ids: ['String'],
    keyword: 'String',
    property_value_ids: ['String'],
    spu_ids: ['String'],
    style_no: 'String',
  },
  param_paginator: {
    page: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    current_page: 'Number',
    list: [
      {
        art_no: 'String',
        barcode: 'String',
        created: 'Date',
        creator_id: 'String',
        id: 'String',
        level: 'Number',
        modified: 'Date',
        modifier_id: 'String',
        out_id: 'String',
        properties: [
          {
            p_alias: 'String',
            p_custom_name: 'String',
            p_id: 'String',
            p_name: 'String',
            v_alias: 'String',
            v_custom_name: 'String',
            v_id: 'String',
            v_name: 'String',
            img_url: 'String',
            order: 'Number',
            property_type: 'String',
          },
        ],
        spu: {
          barcode_str: 'String',
          brand_id: 'String',
          brand_name: 'String',
          cat_name: 'String',
          cid: 'String',
          created: 'Date',
          id: 'String',
          is_new: 'Boolean',
          level: 'Number',
          material: 'String',
          mdesc: 'String',
          modified: 'Date',
          pc_desc: 'String',
          pic_url: 'String',
          price: 'String',
          product_id: 'String',
          product_imgs: [
            {
              id: 'Number',
              position: 'Number',
              url: 'String',
            },
          ],
          props: [
            {
              p_alias: 'String',
              p_custom_name: 'String',
              p_id: 'String',
              p_name: 'String',
              v_alias: 'String',
              v_custom_name: 'String',
              v_id: 'String',
              v_name: 'String',
              img_url: 'String',
              order: 'Number',
              property_type: 'String',
            },
          ],
          rate_num: 'Number',
          sell_pt: 'String',
          status: 'Number',
          style_no: 'String',
          sub_title: 'String',
          tags: 'String',
          title: 'String',
        },
        standard: 'Boolean',
        status: 'Number',
        style_no: 'String',
        sub_title: 'String',
        tag_price: 'String',
        title: 'String',
        user_type: 'String',
      },
    ],
    page_size: 'Number',
    total_count: 'Number',
    total_page: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.searchcspu`: method, response root, request and response schemas. */
export const alibabaMosGoodsSearchcspuOperation = {
  method: 'alibaba.mos.goods.searchcspu',
  responseRoot: 'alibaba_mos_goods_searchcspu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * cspu查询 — calls TOP method `alibaba.mos.goods.searchcspu`.
 *
 * 商品信息查询（仅用于商品上传数据验证，不能用于商品下载，有限流）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsSearchcspu(
  client: TopClient,
  request: AlibabaMosGoodsSearchcspuRequest,
  options?: CallOptions,
): Promise<AlibabaMosGoodsSearchcspuResponse> {
  return client.call<AlibabaMosGoodsSearchcspuResponse>(
    {
      method: 'alibaba.mos.goods.searchcspu',
      responseRoot: 'alibaba_mos_goods_searchcspu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
