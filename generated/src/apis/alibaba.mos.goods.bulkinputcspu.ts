// Generated from specs/moscm/alibaba.mos.goods.bulkinputcspu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.bulkinputcspu` (批量录入商品信息). */
export interface AlibabaMosGoodsBulkinputcspuRequest {
  /**
   * 录入商品信息列表（最大列表长度：20）
   *
   * Max list size: 20
   */
  cspu_input_dto_list: AlibabaMosGoodsBulkinputcspuCspuInputDtoInput[];
}

/** Response of `alibaba.mos.goods.bulkinputcspu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsBulkinputcspuResponse {
  /** 返回数据 */
  data?: AlibabaMosGoodsBulkinputcspuBulkInputCspuResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CspuInputDto` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuCspuInputDtoInput {
  /** 货号 */
  art_no?: string;
  /** 商品条码 */
  barcode: string;
  /** 源id（供应商自己的唯一标识） */
  outer_id: string;
  /** 销售属性 */
  properties: AlibabaMosGoodsBulkinputcspuPropertyDtoInput[];
  /** 标准商品信息（款） */
  spu_input_dto: AlibabaMosGoodsBulkinputcspuSpuInputDtoInput;
  /** 子标题 */
  sub_title?: string;
  /** 吊牌价 */
  tag_price: string;
  /** brand是银泰品牌Id，colorName（颜色名称）、colorCode(颜色编码)、sizeCode(尺码编码)、sizeName(尺码名称):商品销售属性，标签一些在属性里找不到id的属性存放在这里 */
  tags: string;
  /** 产品名称 */
  title: string;
  /** 天猫Sku */
  tmall_sku_id?: Int64Input;
}

/** `PropertyDto` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuPropertyDtoInput {
  /** 属性别名 */
  p_alias?: string;
  /** 自定义属性名称 */
  p_custom_name?: string;
  /** 对应天猫属性Id */
  p_id?: string;
  /** 对应天猫属性名称 */
  p_name: string;
  /** 属性值别名 */
  v_alias?: string;
  /** 自定义value名称（优先展示此字段） */
  v_custom_name?: string;
  /** 对应天猫属性Id */
  v_id?: string;
  /** 对应天猫属性值名称（v_custom_name不传时展示此字段） */
  v_name: string;
  /** 花色图片 */
  img_url?: string;
  /** 顺序 */
  order?: Int64Input;
  /** 属性类型（sale, nonCritical, critical, tmallItem） */
  property_type?: string;
}

/** `SpuInputDto` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuSpuInputDtoInput {
  /** 产品条码信息 */
  barcode_str?: string;
  /** 银泰品牌Id */
  brand_id: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 商品类目名称 */
  cat_name?: string;
  /** 商品类目ID.必须是叶子类目ID */
  cid?: string;
  /** SPU ID */
  id?: string;
  /** 是否新品默认是true */
  is_new?: boolean;
  /** 透明素材图 */
  material?: string;
  /** 已废弃 */
  mdesc?: string;
  /** 已废弃 */
  pc_desc?: string;
  /** 产品的主图片地址.(绝对地址,格式:http://host/image_path) */
  pic_url?: string;
  /** 吊牌价.单位为元. */
  price: string;
  /** 产品ID */
  product_id?: string;
  /** 产品的子图片.目前最多支持50张。 */
  product_imgs?: AlibabaMosGoodsBulkinputcspuProductImgDtoInput[];
  /** 产品参数描述，如：材质成分、裙长、年份季节等信息，最多50个属性 */
  props?: AlibabaMosGoodsBulkinputcspuPropertyDtoInput2[];
  /** 产品卖点描述，长度限制20个汉字 */
  sell_pt?: string;
  /** 款号 */
  style_no?: string;
  /** 子标题 */
  sub_title?: string;
  /** brand是银泰品牌Id，colorName（颜色名称）、colorCode(颜色编码)、sizeCode(尺码编码)、sizeName(尺码名称):商品销售属性，标签一些在属性里找不到id的属性存放在这里 */
  tags?: string;
  /** 产品名称 */
  title?: string;
  /** 天猫品牌Id */
  tmall_brand_id?: string;
  /** 详情图（最大列表长度：60） */
  desc_pic_list?: string[];
  /** 天猫ItemId */
  tmall_item_id?: Int64Input;
}

/** `ProductImgDto` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuProductImgDtoInput {
  /** 图片ID */
  id?: Int64Input;
  /** 排序 */
  position?: Int64Input;
  /** url地址（以http或https开头的绝对路径） */
  url?: string;
}

/** `PropertyDto` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuPropertyDtoInput2 {
  /** 属性别名 */
  p_alias?: string;
  /** 自定义属性名称 */
  p_custom_name?: string;
  /** 对应天猫属性Id */
  p_id?: string;
  /** 属性名称 */
  p_name?: string;
  /** 属性值别名 */
  v_alias?: string;
  /** 自定义value名称 */
  v_custom_name?: string;
  /** 对应天猫属性值id */
  v_id?: string;
  /** 属性值名称 */
  v_name?: string;
  /** 花色图片 */
  img_url?: string;
  /** 顺序 */
  order?: Int64Input;
  /** 属性类型（sale, nonCritical, critical, tmallItem） */
  property_type?: string;
}

/** `BulkInputCspuResult` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuBulkInputCspuResult {
  /** 录入结果对象 */
  cspu_result_list?: AlibabaMosGoodsBulkinputcspuInputCspuResult[];
}

/** `InputCspuResult` of `alibaba.mos.goods.bulkinputcspu`. */
export interface AlibabaMosGoodsBulkinputcspuInputCspuResult {
  /** 中台商品id */
  cspu_id?: string;
  /** 错误信息 */
  message?: string;
  /** 供应商商品id */
  outer_id?: string;
  /** 是否录入成功，true：成功 false：失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  cspu_input_dto_list: [
    {
      art_no: 'String',
      barcode: 'String',
      outer_id: 'String',
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
      spu_input_dto: {
        barcode_str: 'String',
        brand_id: 'String',
        brand_name: 'String',
        cat_name: 'String',
        cid: 'String',
        id: 'String',
        is_new: 'Boolean',
        material: 'String',
        mdesc: 'String',
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
        sell_pt: 'String',
        style_no: 'String',
        sub_title: 'String',
        tags: 'String',
        title: 'String',
        tmall_brand_id: 'String',
        desc_pic_list: ['String'],
        tmall_item_id: 'Number',
      },
      sub_title: 'String',
      tag_price: 'String',
      tags: 'String',
      title: 'String',
      tmall_sku_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    cspu_result_list: [
      {
        cspu_id: 'String',
        message: 'String',
        outer_id: 'String',
        success: 'Boolean',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.bulkinputcspu`: method, response root, request and response schemas. */
export const alibabaMosGoodsBulkinputcspuOperation = {
  method: 'alibaba.mos.goods.bulkinputcspu',
  responseRoot: 'alibaba_mos_goods_bulkinputcspu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量录入商品信息 — calls TOP method `alibaba.mos.goods.bulkinputcspu`.
 *
 * 用于商品信息的批量导入到银泰商品中台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsBulkinputcspu(
  client: TopClient,
  request: AlibabaMosGoodsBulkinputcspuRequest,
  options?: CallOptions,
): Promise<AlibabaMosGoodsBulkinputcspuResponse> {
  return client.call<AlibabaMosGoodsBulkinputcspuResponse>(
    {
      method: 'alibaba.mos.goods.bulkinputcspu',
      responseRoot: 'alibaba_mos_goods_bulkinputcspu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
